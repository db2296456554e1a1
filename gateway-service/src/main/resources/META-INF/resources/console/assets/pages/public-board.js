import { ready, param } from '../console.js';
import { boardPage } from '../board.js';

await ready();
// no community in the URL: the form only
await boardPage(param('community'));
