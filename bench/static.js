// Baseline for scripts/bench.mjs: the widget's flow on plain HTML, one hidden section per step.
const panels = [...document.querySelectorAll('[part~="panel"]')];
let current = 0;

function show(index) {
  panels[current].hidden = true;
  current = index;
  panels[current].hidden = false;
  panels[current].querySelector('h2').focus();
}

function points() {
  let sum = 0;
  for (const input of document.querySelectorAll('input:checked')) sum += Number(input.value);
  return String(sum);
}

document.querySelector('[data-action="start"]').addEventListener('click', () => show(1));
for (const form of document.querySelectorAll('form')) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!form.querySelector('input:checked')) return;
    if (current + 1 === panels.length - 1) panels[panels.length - 1].querySelector('output').textContent = points();
    show(current + 1);
  });
  form.querySelector('[data-action="back"]')?.addEventListener('click', () => show(current - 1));
}
