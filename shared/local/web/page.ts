import { DateTime } from 'luxon';
import type { ApplicationEvent, ApplicationRecord, MessageOutcome, Notice, ReminderRecord } from '../../domain/application.ts';
import type { OutboundTarget } from '../outbound.ts';
import { html, SafeHtml } from './html.ts';
import type { OutboxEntry, OutboxMessage } from './outbox-files.ts';

/** A page of the overview: one page of applications, the soonest reminders, the newest outbox files. */
export interface PageView {
  readonly zone: string;
  /** This page's applications, newest first (no total: counting would read every application). */
  readonly applications: readonly ApplicationRecord[];
  /** Links to the neighbouring pages (query strings), null where there is none. */
  readonly olderPage: string | null;
  readonly newerPage: string | null;
  /** Soonest pending reminders of any application, with their application when it still exists. */
  readonly upcoming: readonly { readonly reminder: ReminderRecord; readonly application: ApplicationRecord | null }[];
  readonly outbox: readonly OutboxEntry[];
  readonly outbound: OutboundTarget;
  readonly smtpPort: number;
  /** The upload form's per-start token (request-guard.ts). */
  readonly formToken: string;
  /** The outcome of the message just uploaded, if the page was reached from the upload form. */
  readonly uploaded: { readonly messageId: string; readonly outcome: MessageOutcome | null } | null;
  readonly uploadError: string | null;
  /** Mail that claimed to be yours but was not acted on (skipped-mail.ts), newest first. */
  readonly skipped: readonly Notice[];
}

/** One application with everything stored about it (its own page). */
export interface ApplicationView {
  readonly zone: string;
  readonly application: ApplicationRecord;
  readonly events: readonly ApplicationEvent[];
  readonly reminders: readonly ReminderRecord[];
}

// Phone first: nothing may be wider than the screen. Long unbroken text (ids, paths, links in a
// reason) wraps anywhere, and below 640 px each table row becomes a block with its labels inline.
const STYLE = `
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1d2433;background:#f6f7f9;overflow-wrap:anywhere}
header{background:#1d3557;color:#fff;padding:14px 24px}header h1{margin:0;font-size:20px}header p{margin:4px 0 0;opacity:.85}
main{max-width:1100px;margin:0 auto;padding:16px 24px}section{background:#fff;border:1px solid #dde1e7;border-radius:8px;padding:12px 18px;margin:16px 0}
h2{font-size:17px;margin:4px 0 10px}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #eceff3;vertical-align:top}
th{font-size:13px;color:#536076;font-weight:600}.stage{display:inline-block;padding:1px 8px;border-radius:10px;font-size:13px;background:#e8eef7}
.stage-interviewing{background:#fff1c2}.stage-rejected{background:#f8d7da}.stage-offer{background:#d4edda}.stage-stale{background:#e2e3e5}
.app{border-top:1px solid #eceff3;padding:10px 0}.app:first-of-type{border-top:0}.app h3{margin:0;font-size:16px}.muted{color:#667085;font-size:13px}
ol.timeline{margin:6px 0 0;padding-left:20px}.status{font-size:13px}.flash{padding:10px 14px;border-radius:6px;background:#e7f5ec;border:1px solid #b7dfc4}
.flash.bad{background:#fdecea;border-color:#f5c2c0}code{background:#f0f2f5;padding:1px 4px;border-radius:4px}
nav.pages{display:flex;gap:16px;flex-wrap:wrap;margin:8px 0}input[type=file]{max-width:100%}
iframe{width:100%;min-height:520px;border:1px solid #dde1e7;border-radius:6px;background:#fff}pre{white-space:pre-wrap;background:#f8f9fb;padding:10px;border-radius:6px}
@media (max-width:640px){
header{padding:12px 14px}main{padding:8px 10px}section{padding:10px 12px}
table.rows thead{display:none}table.rows tr{display:block;border-bottom:1px solid #eceff3;padding:6px 0}
table.rows td{display:block;border:0;padding:2px 0}table.rows td[data-label]::before{content:attr(data-label) ": ";color:#536076;font-size:13px}
}
`;

function when(iso: string | null, zone: string): string {
  if (iso === null) return '—';
  const dt = DateTime.fromISO(iso).setZone(zone);
  return dt.isValid ? dt.toFormat('ccc d LLL yyyy, HH:mm') : iso;
}

function whenDate(date: Date | null, zone: string): string {
  return date === null ? '—' : when(date.toISOString(), zone);
}

/** A whole page: same shell for the overview and a rendered outbox message. */
export function layout(title: string, subtitle: string, body: SafeHtml): string {
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title}</title><style>${new SafeHtml(STYLE)}</style></head>
<body><header><h1>${title}</h1><p>${subtitle}</p></header><main>${body}</main></body></html>`.value;
}

function uploadSection(view: PageView): SafeHtml {
  let flash: SafeHtml | string = '';
  if (view.uploadError !== null) flash = html`<p class="flash bad" role="alert" id="upload-error">Upload failed: ${view.uploadError}</p>`;
  else if (view.uploaded) {
    const outcome = view.uploaded.outcome;
    flash = outcome
      ? html`<p class="flash${outcome.outcome === 'processed' ? '' : ' bad'}" role="status" id="upload-result">Uploaded message <code>${view.uploaded.messageId}</code>: <strong>${outcome.outcome}</strong> — ${outcome.reason}</p>`
      : html`<p class="flash" role="status" id="upload-result">Uploaded message <code>${view.uploaded.messageId}</code> is saved and still being processed.</p>`;
  }
  return html`<section aria-labelledby="upload-h"><h2 id="upload-h">Add an email</h2>${flash}
<form method="post" action="/upload" enctype="multipart/form-data">
<input type="hidden" name="token" value="${view.formToken}">
<label for="eml">A forwarded job email saved as <code>.eml</code>:</label>
<input type="file" id="eml" name="eml" accept=".eml,message/rfc822" required> <button type="submit">Upload</button>
</form><p class="muted">Or send it by SMTP to 127.0.0.1:${view.smtpPort}, any recipient.</p></section>`;
}

function applicationFacts(a: ApplicationRecord, zone: string): string[] {
  return [
    a.interviewAt ? `interview ${when(a.interviewAt, zone)}` : null,
    a.nextStepBy ? `they said they would reply by ${a.nextStepBy}` : null,
    a.doNotContact ? 'asked not to be contacted' : null,
    a.remindersStopped ? 'reminders stopped' : null,
    `last email ${when(a.lastEventAt, zone)}`,
  ].filter((f): f is string => f !== null);
}

function applicationHeading(a: ApplicationRecord, link: boolean): SafeHtml {
  const name = html`${a.company}${a.role ? html` — ${a.role}` : ''}`;
  return html`<h3>${link ? html`<a href="/applications/${encodeURIComponent(a.id)}">${name}</a>` : name} <span class="stage stage-${a.stage}">${a.stage}</span></h3>`;
}

function pageLinks(view: PageView): SafeHtml | string {
  if (view.newerPage === null && view.olderPage === null) return '';
  return html`<nav class="pages" aria-label="Pages">${view.newerPage !== null ? html`<a href="/${view.newerPage}" rel="prev">← Newer</a>` : ''}${
    view.olderPage !== null ? html`<a href="/${view.olderPage}" rel="next">Older →</a>` : ''
  }</nav>`;
}

function applicationsSection(view: PageView): SafeHtml {
  if (view.applications.length === 0 && view.newerPage === null) {
    return html`<section aria-labelledby="apps-h"><h2 id="apps-h">Applications</h2><p class="muted">None yet: forward or upload a job email.</p></section>`;
  }
  const items = view.applications.map(
    (a) => html`<article class="app" data-application-id="${a.id}">${applicationHeading(a, true)}<p class="muted">${applicationFacts(a, view.zone).join(' · ')}</p></article>`,
  );
  return html`<section aria-labelledby="apps-h"><h2 id="apps-h">Applications</h2>
<p><a href="/applications.csv" download>Download all applications as CSV</a> <span class="muted">(the weekly digest's attachment)</span></p>
<p class="muted">Newest first, ${view.applications.length} on this page. Open one for its timeline and reminders.</p>${pageLinks(view)}${items}${pageLinks(view)}</section>`;
}

function remindersSection(view: PageView): SafeHtml {
  const rows = view.upcoming.map(
    ({ application, reminder }) =>
      html`<tr><td data-label="When">${when(reminder.fireAt, view.zone)}</td><td data-label="Rule">${reminder.rule}</td><td data-label="Company">${
        application ? html`<a href="/applications/${encodeURIComponent(application.id)}">${application.company}</a>` : '—'
      }</td><td class="muted" data-label="Why">${reminder.reason}</td></tr>`,
  );
  return html`<section aria-labelledby="rem-h"><h2 id="rem-h">Upcoming reminders</h2>${
    view.upcoming.length === 0
      ? html`<p class="muted">Nothing planned.</p>`
      : html`<p class="muted">The ${view.upcoming.length} soonest.</p><table class="rows"><thead><tr><th>When (${view.zone})</th><th>Rule</th><th>Company</th><th>Why</th></tr></thead><tbody>${rows}</tbody></table>`
  }</section>`;
}

function outboxSection(view: PageView): SafeHtml {
  if (view.outbound.kind === 'smtp') {
    return html`<section aria-labelledby="out-h"><h2 id="out-h">Outbox</h2><p class="muted">Mail goes out through the SMTP relay ${view.outbound.host}; no copies are kept here.</p></section>`;
  }
  const rows = view.outbox.map(
    (m) => html`<tr><td data-label="Date">${whenDate(m.date, view.zone)}</td><td data-label="Subject"><a href="/outbox/${encodeURIComponent(m.name)}">${m.subject}</a></td><td class="muted" data-label="To">${m.to}</td></tr>`,
  );
  return html`<section aria-labelledby="out-h"><h2 id="out-h">Outbox</h2><p class="muted">The newest files in ${view.outbound.directory}</p>${
    view.outbox.length === 0
      ? html`<p class="muted">No mail sent yet.</p>`
      : html`<table class="rows"><thead><tr><th>Date</th><th>Subject</th><th>To</th></tr></thead><tbody>${rows}</tbody></table>`
  }</section>`;
}

/** Nothing silent: what looked like the user's mail but was turned away, and why. */
function skippedSection(view: PageView): SafeHtml {
  if (view.skipped.length === 0) return html``;
  const rows = view.skipped.map(
    (n) =>
      html`<tr><td data-label="Received">${when(n.details.receivedAt ?? n.createdAt, view.zone)}</td><td data-label="Outcome">${n.details.outcome ?? 'ignored'}</td><td class="muted" data-label="Why">${n.details.reason ?? ''}</td></tr>`,
  );
  return html`<section aria-labelledby="skip-h"><h2 id="skip-h">Skipped mail (${view.skipped.length})</h2>
<p class="muted">These looked like your mail but did not pass jobnudge's checks (envelope sender and From: locally), so nothing was tracked from them.</p>
<table class="rows"><thead><tr><th>Received</th><th>Outcome</th><th>Why</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

export function renderOverview(view: PageView): string {
  const subtitle = `Local run · times in ${view.zone}`;
  return layout('jobnudge', subtitle, html`${uploadSection(view)}${skippedSection(view)}${applicationsSection(view)}${remindersSection(view)}${outboxSection(view)}`);
}

/** One application: its facts, timeline and every reminder planned for it. */
export function renderApplication(view: ApplicationView): string {
  const { application: a, zone } = view;
  const timeline = view.events.map((e) => html`<li><span class="muted">${when(e.occurredAt, zone)}</span> · <strong>${e.kind}</strong> · ${e.subject}</li>`);
  const reminders = [...view.reminders]
    .sort((x, y) => Date.parse(x.fireAt) - Date.parse(y.fireAt))
    .map(
      (r) =>
        html`<tr><td data-label="When">${when(r.fireAt, zone)}</td><td data-label="Rule">${r.rule}</td><td data-label="Status"><span class="status">${r.status}</span>${
          r.statusReason ? html` <span class="muted">(${r.statusReason})</span>` : ''
        }</td><td class="muted" data-label="Why">${r.reason}</td></tr>`,
    );
  return layout(`${a.company}${a.role ? ` — ${a.role}` : ''}`, `Local run · times in ${zone}`, html`<p><a href="/">← all applications</a></p>
<section><article class="app" data-application-id="${a.id}">${applicationHeading(a, false)}<p class="muted">${applicationFacts(a, zone).join(' · ')}</p>
<h2>Timeline</h2><ol class="timeline" aria-label="Timeline">${timeline}</ol>
<h2>Reminders</h2>${reminders.length === 0 ? html`<p class="muted">None planned.</p>` : html`<table class="rows"><thead><tr><th>When (${zone})</th><th>Rule</th><th>Status</th><th>Why</th></tr></thead><tbody>${reminders}</tbody></table>`}</article></section>`);
}

/** One outbox message: its HTML in a sandboxed frame (no scripts, no same origin), else its text. */
export function renderOutboxMessage(message: OutboxMessage, zone: string): string {
  const attachments = message.attachments.map((a) => html`<li>${a.filename} <span class="muted">(${a.contentType}, ${a.size} bytes)</span></li>`);
  const body = message.html !== null
    ? html`<iframe title="Message content" sandbox="" referrerpolicy="no-referrer" srcdoc="${message.html}"></iframe>
<details><summary>Plain text part</summary><pre>${message.text}</pre></details>`
    : html`<pre>${message.text}</pre>`;
  return layout(message.subject, `To ${message.to} · ${whenDate(message.date, zone)}`, html`<p><a href="/">← back</a></p><section>${body}${
    attachments.length > 0 ? html`<h2>Attachments</h2><ul>${attachments}</ul>` : ''
  }</section>`);
}

export function renderNotFound(): string {
  return layout('Not found', 'jobnudge', html`<p>No such page. <a href="/">Back to the overview</a></p>`);
}
