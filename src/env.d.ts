// Astro types a template's JSX element as `HTMLElement | any`, so type-aware lint rules read every element a
// `.map()` callback returns in a .astro file as `any`. What those callbacks return is HTML elements.
import 'astro/astro-jsx';

declare global {
  namespace JSX {
    type Element = HTMLElement;
  }
}
