import { render } from 'preact';

function Options() {
  return <main>ID Guard</main>;
}

render(<Options />, document.getElementById('app')!);
