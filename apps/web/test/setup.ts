import '@testing-library/jest-dom';

// jsdom has no layout, so no scrolling; React Router's <ScrollRestoration> calls it.
window.scrollTo = () => {};
