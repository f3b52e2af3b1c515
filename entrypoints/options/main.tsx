import { render } from 'preact';

function App() {
  return <main>Contact Guard</main>;
}

render(<App />, document.getElementById('app') as HTMLElement);
