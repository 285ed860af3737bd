// Mints a real JWS with jose for the authentication tests.
// stdin: a JSON spec {
//   "alg": "HS256" | "RS256" | ...,
//   "key": the HMAC secret, or the PKCS#8 PEM private key for RS*/PS*/ES*,
//   "keyEncoding": "utf8" (default) or "base64" — how an HMAC secret's string becomes bytes,
//   "header": extra protected header members (kid, typ, jku, ...),
//   "claims": the payload, signed as given (no iat/exp added)
// }
// stdout: the token in compact serialization.
import { SignJWT, importPKCS8 } from 'jose';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const spec = JSON.parse(Buffer.concat(chunks).toString('utf8'));

const key = spec.alg.startsWith('HS')
  ? new Uint8Array(Buffer.from(spec.key, spec.keyEncoding === 'base64' ? 'base64' : 'utf8'))
  : await importPKCS8(spec.key, spec.alg);

const token = await new SignJWT(spec.claims ?? {})
  .setProtectedHeader({ ...(spec.header ?? {}), alg: spec.alg })
  .sign(key);
process.stdout.write(token);
