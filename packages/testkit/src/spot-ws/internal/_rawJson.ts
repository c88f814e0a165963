const MARKER = '~#raw#~'

/** A JSON number whose exact text is kept (`0.10000000` stays `0.10000000` in the frame). */
export class SimRawNumber {
  constructor(readonly text: string) {}
  toJSON(): string {
    return MARKER + this.text
  }
}

/** Shorthand for {@link SimRawNumber}. */
export function _num(text: string): SimRawNumber {
  return new SimRawNumber(text)
}

const pattern = /"~#raw#~([^"]*)"/g

/**
 * JSON.stringify that writes {@link SimRawNumber} values as bare numbers with their exact text, the way Kraken writes
 * prices and quantities (trailing zeros kept — the trap real clients fall into).
 */
export function _rawJson(value: unknown): string {
  const text = JSON.stringify(value)
  return text.includes(MARKER) ? text.replace(pattern, '$1') : text
}
