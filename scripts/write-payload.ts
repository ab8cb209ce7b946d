/** `npm run data:payload`: writes src/lib/payload/payload.json from the validated data (see build.ts). */
import { writePayload } from '../src/lib/payload/write';

console.log(writePayload() ? 'src/lib/payload/payload.json: written' : 'src/lib/payload/payload.json: up to date');
