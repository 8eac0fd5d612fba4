// A strict local fake of the EventBridge Scheduler HTTP API (restJson1), for adapter tests.
//
// Why a fake: no Scheduler emulator that runs here validates requests (moto's stores whatever it
// is given and never fires), and the adapter's value lies exactly in sending requests the real
// service accepts. So this server checks each request against the constraints of the service's
// API model (CreateScheduleInput / DeleteScheduleInput: lengths, patterns, enums, required members,
// ranges) plus the documented semantics we depend on (`at()` format, IANA zone, name conflicts,
// missing schedules and groups), and answers errors the way the service does: HTTP status of the
// error shape, `x-amzn-ErrorType: <Code>:<namespace url>` header and a `{"Message": ...}` body,
// which the SDK's restJson1 deserializer turns into its typed exceptions.
//
// Only the operations the adapter uses are implemented (plus GetSchedule and CreateScheduleGroup
// for assertions and set-up); anything else is refused loudly.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DateTime, IANAZone } from 'luxon';

const NAME_PATTERN = /^[0-9a-zA-Z\-_.]+$/;
const CLIENT_TOKEN_PATTERN = /^[a-zA-Z0-9\-_]+$/;
const ROLE_ARN_PATTERN = /^arn:aws(-[a-z]+)?:iam::\d{12}:role\/[\w+=,.@/-]+$/;
const SQS_ARN_PATTERN = /^arn:aws(-[a-z]+)?:sqs:[a-z0-9-]+:\d{12}:[a-zA-Z0-9\-_]+$/;
const AT_PATTERN = /^at\((\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})\)$/;
/** Request bodies above this are refused: nothing the adapter sends comes close. */
const MAX_BODY_BYTES = 256 * 1024;

export interface StoredSchedule {
  readonly Name: string;
  readonly GroupName: string;
  readonly body: Readonly<Record<string, unknown>>;
  readonly CreationDate: number;
}

type ErrorCode = 'ValidationException' | 'ConflictException' | 'ResourceNotFoundException' | 'AccessDeniedException' | 'ThrottlingException';
const STATUS: Record<ErrorCode, number> = {
  ThrottlingException: 429,
  ValidationException: 400,
  ConflictException: 409,
  ResourceNotFoundException: 404,
  AccessDeniedException: 403,
};

class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Collects constraint violations in the service's "N validation errors detected" form. */
class Violations {
  private readonly items: string[] = [];
  constraint(value: unknown, at: string, constraint: string): void {
    this.items.push(`Value '${String(value)}' at '${at}' failed to satisfy constraint: ${constraint}`);
  }
  semantic(message: string): void {
    this.items.push(message);
  }
  throwIfAny(): void {
    if (this.items.length === 0) return;
    const n = this.items.length;
    throw new ApiError('ValidationException', `${n} validation error${n === 1 ? '' : 's'} detected: ${this.items.join('; ')}`);
  }
  string(value: unknown, at: string, rules: { required?: boolean; min?: number; max?: number; pattern?: RegExp; enum?: readonly string[] }): void {
    if (value === undefined || value === null) {
      if (rules.required) this.constraint(value, at, 'Member must not be null');
      return;
    }
    if (typeof value !== 'string') return this.constraint(value, at, 'Member must be a string');
    if (rules.min !== undefined && value.length < rules.min) this.constraint(value, at, `Member must have length greater than or equal to ${rules.min}`);
    if (rules.max !== undefined && value.length > rules.max) this.constraint(value, at, `Member must have length less than or equal to ${rules.max}`);
    if (rules.pattern && !rules.pattern.test(value)) this.constraint(value, at, `Member must satisfy regular expression pattern: ${rules.pattern.source}`);
    if (rules.enum && !rules.enum.includes(value)) this.constraint(value, at, `Member must satisfy enum value set: [${rules.enum.join(', ')}]`);
  }
  integer(value: unknown, at: string, min: number, max: number): void {
    if (value === undefined) return;
    if (typeof value !== 'number' || !Number.isInteger(value)) return this.constraint(value, at, 'Member must be an integer');
    if (value < min) this.constraint(value, at, `Member must have value greater than or equal to ${min}`);
    if (value > max) this.constraint(value, at, `Member must have value less than or equal to ${max}`);
  }
  object(value: unknown, at: string, required: boolean): Record<string, unknown> | undefined {
    if (value === undefined || value === null) {
      if (required) this.constraint(value, at, 'Member must not be null');
      return undefined;
    }
    if (typeof value !== 'object' || Array.isArray(value)) {
      this.constraint(value, at, 'Member must be a structure');
      return undefined;
    }
    return value as Record<string, unknown>;
  }
}

export interface SchedulerApiFakeOptions {
  /** Schedule groups that exist besides `default`. */
  readonly groups?: readonly string[];
  /** The service's clock, for refusing `at()` times in the past. */
  readonly now?: () => Date;
}

export class SchedulerApiFake {
  readonly schedules = new Map<string, StoredSchedule>();
  readonly groups = new Set<string>(['default']);
  /** Every request received, for assertions on what the adapter sent. */
  readonly requests: { method: string; path: string; query: Record<string, string>; body: unknown }[] = [];
  /** Requests still to be answered with ThrottlingException (429), whatever they ask. */
  private throttles = 0;
  private constructor(
    private readonly server: Server,
    readonly endpoint: string,
    private readonly now: () => Date,
  ) {}

  static async start(options: SchedulerApiFakeOptions = {}): Promise<SchedulerApiFake> {
    const holder: { fake?: SchedulerApiFake } = {};
    const server = createServer((request, response) => {
      holder.fake?.handle(request, response).catch((error: unknown) => {
        response.statusCode = 500;
        response.end(String(error));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const fake = new SchedulerApiFake(server, `http://127.0.0.1:${port}`, options.now ?? (() => new Date()));
    for (const group of options.groups ?? []) fake.groups.add(group);
    holder.fake = fake;
    return fake;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }

  /** Answer the next `count` requests with ThrottlingException, doing nothing, as the service does over its rate. */
  throttleNext(count: number): void {
    this.throttles = count;
  }

  schedule(groupName: string, name: string): StoredSchedule | undefined {
    return this.schedules.get(`${groupName}/${name}`);
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://fake');
    const query = Object.fromEntries(url.searchParams.entries());
    let body: unknown = undefined;
    try {
      const raw = await readBody(request);
      if (raw.length > 0) body = JSON.parse(raw) as unknown;
      this.requests.push({ method: request.method ?? '', path: url.pathname, query, body });
      checkSigned(request);
      if (this.throttles > 0) {
        this.throttles--;
        throw new ApiError('ThrottlingException', 'Rate exceeded');
      }
      const result = this.route(request.method ?? '', url.pathname, query, body, request.headers['content-type']);
      send(response, 200, result, {});
    } catch (error) {
      if (error instanceof SyntaxError) return sendError(response, new ApiError('ValidationException', 'Request body is not valid JSON'));
      if (error instanceof ApiError) return sendError(response, error);
      throw error;
    }
  }

  private route(method: string, path: string, query: Record<string, string>, body: unknown, contentType: string | undefined): unknown {
    const schedule = /^\/schedules\/([^/]+)$/.exec(path);
    const group = /^\/schedule-groups\/([^/]+)$/.exec(path);
    if (schedule?.[1] !== undefined) {
      const name = decodeURIComponent(schedule[1]);
      if (method === 'POST') return this.createSchedule(name, body, contentType);
      if (method === 'DELETE') return this.deleteSchedule(name, query);
      if (method === 'GET') return this.getSchedule(name, query);
    }
    if (group?.[1] !== undefined && method === 'POST') {
      const name = decodeURIComponent(group[1]);
      this.groups.add(name);
      return { ScheduleGroupArn: `arn:aws:scheduler:eu-central-1:123456789012:schedule-group/${name}` };
    }
    throw new ApiError('ValidationException', `This fake does not implement ${method} ${path}`);
  }

  private createSchedule(name: string, body: unknown, contentType: string | undefined): unknown {
    const v = new Violations();
    if (!contentType?.startsWith('application/json')) v.semantic(`Content-Type must be application/json, got ${contentType ?? 'none'}`);
    v.string(name, 'name', { required: true, min: 1, max: 64, pattern: NAME_PATTERN });
    const input = v.object(body, 'body', true) ?? {};
    v.string(input.GroupName, 'groupName', { min: 1, max: 64, pattern: NAME_PATTERN });
    v.string(input.ClientToken, 'clientToken', { min: 1, max: 64, pattern: CLIENT_TOKEN_PATTERN });
    v.string(input.Description, 'description', { min: 0, max: 512 });
    v.string(input.ScheduleExpression, 'scheduleExpression', { required: true, min: 1, max: 256 });
    v.string(input.ScheduleExpressionTimezone, 'scheduleExpressionTimezone', { min: 1, max: 50 });
    v.string(input.State, 'state', { enum: ['ENABLED', 'DISABLED'] });
    v.string(input.ActionAfterCompletion, 'actionAfterCompletion', { enum: ['NONE', 'DELETE'] });
    const window = v.object(input.FlexibleTimeWindow, 'flexibleTimeWindow', true);
    if (window) {
      v.string(window.Mode, 'flexibleTimeWindow.mode', { required: true, enum: ['OFF', 'FLEXIBLE'] });
      v.integer(window.MaximumWindowInMinutes, 'flexibleTimeWindow.maximumWindowInMinutes', 1, 1440);
      if (window.Mode === 'FLEXIBLE' && window.MaximumWindowInMinutes === undefined) {
        v.semantic('MaximumWindowInMinutes is required when Mode is FLEXIBLE');
      }
    }
    const target = v.object(input.Target, 'target', true);
    if (target) {
      v.string(target.Arn, 'target.arn', { required: true, min: 1, max: 1600 });
      v.string(target.RoleArn, 'target.roleArn', { required: true, min: 1, max: 1600, pattern: ROLE_ARN_PATTERN });
      v.string(target.Input, 'target.input', { min: 1 });
      const retry = v.object(target.RetryPolicy, 'target.retryPolicy', false);
      if (retry) {
        v.integer(retry.MaximumEventAgeInSeconds, 'target.retryPolicy.maximumEventAgeInSeconds', 60, 86_400);
        v.integer(retry.MaximumRetryAttempts, 'target.retryPolicy.maximumRetryAttempts', 0, 185);
      }
      const dlq = v.object(target.DeadLetterConfig, 'target.deadLetterConfig', false);
      if (dlq) v.string(dlq.Arn, 'target.deadLetterConfig.arn', { min: 1, max: 1600, pattern: SQS_ARN_PATTERN });
    }
    v.throwIfAny();

    // Semantics beyond the model's constraints.
    const zone = typeof input.ScheduleExpressionTimezone === 'string' ? input.ScheduleExpressionTimezone : 'UTC';
    if (!IANAZone.isValidZone(zone)) throw new ApiError('ValidationException', `Invalid ScheduleExpressionTimezone ${zone}`);
    const expression = String(input.ScheduleExpression);
    const at = AT_PATTERN.exec(expression);
    if (!at?.[1]) {
      const kind = /^(rate|cron)\(/.test(expression) ? ' (this fake only accepts at())' : '';
      throw new ApiError('ValidationException', `Invalid Schedule Expression ${expression}${kind}`);
    }
    const local = DateTime.fromFormat(at[1], "yyyy-MM-dd'T'HH:mm:ss", { zone });
    if (!local.isValid) throw new ApiError('ValidationException', `Invalid Schedule Expression ${expression}`);
    // Reported behaviour of the service (not verified here): a one-time schedule in the past is
    // refused at create. Strict on purpose, so the adapter never relies on the opposite.
    if (local.toMillis() < this.now().getTime()) {
      throw new ApiError('ValidationException', `The schedule expression ${expression} in ${zone} is in the past`);
    }

    const groupName = typeof input.GroupName === 'string' ? input.GroupName : 'default';
    if (!this.groups.has(groupName)) throw new ApiError('ResourceNotFoundException', `Schedule group ${groupName} does not exist.`);
    const key = `${groupName}/${name}`;
    if (this.schedules.has(key)) throw new ApiError('ConflictException', `Schedule ${name} already exists.`);
    this.schedules.set(key, { Name: name, GroupName: groupName, body: input, CreationDate: this.now().getTime() / 1000 });
    return { ScheduleArn: `arn:aws:scheduler:eu-central-1:123456789012:schedule/${groupName}/${name}` };
  }

  private deleteSchedule(name: string, query: Record<string, string>): unknown {
    const v = new Violations();
    v.string(name, 'name', { required: true, min: 1, max: 64, pattern: NAME_PATTERN });
    v.string(query.groupName, 'groupName', { min: 1, max: 64, pattern: NAME_PATTERN });
    v.string(query.clientToken, 'clientToken', { min: 1, max: 64, pattern: CLIENT_TOKEN_PATTERN });
    v.throwIfAny();
    const groupName = query.groupName ?? 'default';
    const key = `${groupName}/${name}`;
    if (!this.schedules.delete(key)) throw new ApiError('ResourceNotFoundException', `Schedule ${name} does not exist.`);
    return {};
  }

  private getSchedule(name: string, query: Record<string, string>): unknown {
    const groupName = query.groupName ?? 'default';
    const stored = this.schedule(groupName, name);
    if (!stored) throw new ApiError('ResourceNotFoundException', `Schedule ${name} does not exist.`);
    return { ...stored.body, Name: stored.Name, GroupName: stored.GroupName, CreationDate: stored.CreationDate, State: stored.body.State ?? 'ENABLED' };
  }
}

/** The SDK signs every request with SigV4 for the `scheduler` service; an unsigned one is a bug. */
function checkSigned(request: IncomingMessage): void {
  const authorization = request.headers.authorization ?? '';
  if (!/^AWS4-HMAC-SHA256 Credential=[^/]+\/\d{8}\/[a-z0-9-]+\/scheduler\/aws4_request/.test(authorization)) {
    throw new ApiError('AccessDeniedException', 'Missing or malformed SigV4 Authorization header for service scheduler');
  }
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new ApiError('ValidationException', 'Request body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
    'x-amzn-RequestId': randomUUID(),
    ...headers,
  });
  response.end(text);
}

function sendError(response: ServerResponse, error: ApiError): void {
  send(response, STATUS[error.code], { Message: error.message }, {
    'x-amzn-ErrorType': `${error.code}:http://internal.amazon.com/coral/com.amazonaws.scheduler/`,
  });
}
