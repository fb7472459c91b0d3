// Marks the page as scripted before its first paint, so controls that need
// JavaScript (class "js-only") are laid out from the start instead of
// appearing later and pushing the page down. Blocking on purpose; it is tiny.
document.documentElement.classList.add("js");
