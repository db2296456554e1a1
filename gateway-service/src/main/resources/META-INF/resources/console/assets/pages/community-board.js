import { ready, loaded, t, show, el } from '../console.js';
import { boardPage } from '../board.js';

await ready();
// the signed-in caller's own community (the frame writes it on <html> for community-scoped callers)
const community = document.documentElement.dataset.community;
if (community) {
  await boardPage(community, { publicLink: true });
} else {
  show('board', el('p', { class: 'empty' }, t('community-board.noCommunity')));
  loaded();
}
