import { ready, loaded } from '../console.js';

await ready();
loaded();
