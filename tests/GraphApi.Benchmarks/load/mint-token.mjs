// Mints the HS256 token GraphApi accepts for the load benchmark's viewer (node:crypto only).
// Usage: node mint-token.mjs <base64 signing key> <user id> <role>
import { createHmac } from 'node:crypto';

const [key, userId, role] = process.argv.slice(2);
const part = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = Math.floor(Date.now() / 1000);
const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ sub: userId, role, iss: 'GraphApi', aud: 'GraphApi', iat: now, exp: now + 3600 })}`;
const signature = createHmac('sha256', Buffer.from(key, 'base64')).update(unsigned).digest('base64url');
process.stdout.write(`${unsigned}.${signature}`);
