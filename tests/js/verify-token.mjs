// Verifies an HS* token with jose, as any other JWT library would, for the authentication tests.
// stdin: {"token": "...", "key": base64 HMAC secret, "issuer": "...", "audience": "...", "currentDate": ISO 8601}
// stdout: {"protectedHeader": {...}, "payload": {...}}; exits non-zero when jose refuses the token.
import { jwtVerify } from 'jose';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const spec = JSON.parse(Buffer.concat(chunks).toString('utf8'));

const { payload, protectedHeader } = await jwtVerify(spec.token, new Uint8Array(Buffer.from(spec.key, 'base64')), {
  issuer: spec.issuer,
  audience: spec.audience,
  currentDate: new Date(spec.currentDate),
  requiredClaims: ['exp', 'iat', 'nbf', 'sub', 'jti'],
});
process.stdout.write(JSON.stringify({ protectedHeader, payload }));
