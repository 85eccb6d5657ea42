// Preact's own memo() lives in preact/compat, which would bring React
// emulation into a content-script bundle for one small class.
import { Component, type ComponentChildren, type FunctionComponent } from 'preact';

export type PropsEqual<P> = (previous: Readonly<P>, next: Readonly<P>) => boolean;

export function shallowEqual<P extends object>(previous: Readonly<P>, next: Readonly<P>): boolean {
  if (previous === next) return true;
  for (const key in previous) if (!(key in next)) return false;
  for (const key in next) if (previous[key] !== next[key]) return false;
  return true;
}

/** A component that renders again only when `equal` says its props changed.
 * The render function gets no state of its own: what it shows is its props. */
export function memoComponent<P extends object>(
  render: (props: P) => ComponentChildren,
  equal: PropsEqual<P> = shallowEqual,
): FunctionComponent<P> {
  class Memoized extends Component<P> {
    override shouldComponentUpdate(next: Readonly<P>): boolean {
      return !equal(this.props, next);
    }

    override render() {
      return render(this.props);
    }
  }
  // a class is a valid function component type for JSX; the cast keeps
  // callers' prop checking without exposing the class
  return Memoized as unknown as FunctionComponent<P>;
}
