/**
 * What windows-1252 puts at bytes 0x80–0x9F. Mail declared `windows-1252`, `iso-8859-1`, `latin1`
 * or `us-ascii` is decoded as windows-1252 (WHATWG), which is what Outlook means by them: “ ” ’ – € live here.
 * Node since 20.18.3 / 22.13 decodes these bytes as the C1 controls U+0080–U+009F instead
 * (nodejs/node#60888), and postal-mime decodes with Node's TextDecoder, so smart quotes, dashes and
 * the euro sign would vanish from every such mail. The five bytes windows-1252 leaves undefined stay as they are.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const C1_CONTROL = /[\u0080-\u009f]/;
const C1_CONTROLS = /[\u0080-\u009f]/g;

/** Text with every C1 control read as the windows-1252 character of the same byte. */
export function repairWindows1252(text: string): string {
  if (!C1_CONTROL.test(text)) return text;
  return text.replace(C1_CONTROLS, (c) => WINDOWS_1252_HIGH.charAt(c.charCodeAt(0) - 0x80));
}
