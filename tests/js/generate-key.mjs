// Generates an asymmetric signing key pair with jose for the authentication tests.
// stdin: {"alg": "RS256" | "PS256" | "ES256" | ..., "kid": optional key id for the JWK}
// stdout: {"privateKeyPem": PKCS#8, "publicKeyPem": SPKI, "publicJwk": the public key as a JWK (kid, alg, use)}
import { generateKeyPair, exportPKCS8, exportSPKI, exportJWK } from 'jose';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const { alg, kid } = JSON.parse(Buffer.concat(chunks).toString('utf8'));

const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
const publicJwk = { ...(await exportJWK(publicKey)), alg, use: 'sig' };
if (kid) publicJwk.kid = kid;
process.stdout.write(JSON.stringify({
  privateKeyPem: await exportPKCS8(privateKey),
  publicKeyPem: await exportSPKI(publicKey),
  publicJwk,
}));
