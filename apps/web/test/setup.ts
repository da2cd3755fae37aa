import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// Pages load lazily; on a busy 2-core CI machine the default second is not always enough to find them.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no layout, so no scrolling; React Router's <ScrollRestoration> calls it.
window.scrollTo = () => {};

// jsdom has <dialog> but not its modal behaviour (ModalDialog opens with showModal); the browser tests cover the real one.
HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
  this.setAttribute('open', '');
};
HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
  this.removeAttribute('open');
};
