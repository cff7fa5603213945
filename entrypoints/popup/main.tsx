import { render } from 'preact';

function Popup() {
  return <main>ID Guard</main>;
}

render(<Popup />, document.getElementById('app')!);
