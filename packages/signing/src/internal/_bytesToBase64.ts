/** Standard base64 with padding (what Kraken expects in `API-Sign` and `Authent`), without Node's Buffer. */
export function _bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let index = 0; index < bytes.length; index++) binary += String.fromCharCode(bytes[index]!)
  return btoa(binary)
}
