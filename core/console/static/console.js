// groupops console: small progressive enhancements; every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
  // the language picker submits when changed (its button is for browsers without script)
  for (const select of document.querySelectorAll("select[data-autosubmit]")) {
    select.form.querySelector(".js-hide")?.setAttribute("hidden", "");
    select.addEventListener("change", () => select.form.submit());
  }
  // forms that change a chat ask once before they are sent
  for (const form of document.querySelectorAll("form[data-confirm]")) {
    form.addEventListener("submit", (event) => {
      if (!window.confirm(form.dataset.confirm)) event.preventDefault();
    });
  }
  // "/" jumps to the search field, as on most consoles
  document.addEventListener("keydown", (event) => {
    const search = document.querySelector("input[data-search]");
    if (event.key === "/" && search && document.activeElement !== search) {
      event.preventDefault();
      search.focus();
    }
  });
});
