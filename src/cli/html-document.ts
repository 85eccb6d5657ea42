import { Window } from 'happy-dom';
import * as PropertySymbol from 'happy-dom/lib/PropertySymbol.js';
import { html as HTML, parse, type Token, type TreeAdapter, type TreeAdapterTypeMap } from 'parse5';

// A saved page is parsed by parse5 (the WHATWG tree-construction algorithm,
// as browsers run it) straight into a happy-dom Document, which the dom layer
// then reads exactly as it reads a live page. happy-dom's own parser does not
// repair what browsers repair (table cells without a <tr>, a <table> in a
// <p>, misnested <b><p>), and a Discuz! thread falls apart in it.

type DomNode = Node;
type DomElement = Element;

interface HappyElement {
  [key: symbol]: unknown;
}

/** What the command line's windows may do: nothing of their own. */
const INERT_SETTINGS = {
  disableJavaScriptEvaluation: true,
  disableJavaScriptFileLoading: true,
  disableCSSFileLoading: true,
  disableIframePageLoading: true,
  navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
};

export interface ParsedPage {
  document: Document;
  /** ends the page's window (its timers and observers); the document is
   * not to be used after */
  close(): void;
}

/** Parses a whole page as a browser's parser does, scripting on (so the
 * content of <noscript> is text, as in a live page), and nothing run or
 * loaded. */
export function parseHtmlPage(html: string, url = 'http://localhost/'): ParsedPage {
  const window = new Window({ url, settings: INERT_SETTINGS });
  const doc = window.document as unknown as Document;
  // The window's own document keeps Ranges working (a DOMParser document of
  // happy-dom's does not); it starts with a tree of its own to clear.
  while (doc.firstChild) doc.removeChild(doc.firstChild);
  parse(html, { treeAdapter: happyDomAdapter(doc), scriptingEnabled: true });
  return { document: doc, close: () => void window.happyDOM.close() };
}

function createElement(doc: Document, tagName: string, namespace: string): DomElement {
  if (namespace !== HTML.NS.HTML) return doc.createElementNS(namespace, tagName);
  const element = doc.createElement(tagName);
  if (tagName.includes(':')) {
    // A parsed `<o:p>` (Word's markup, common on portals) is an unknown
    // element named "o:p" in a browser; happy-dom splits the name into a
    // prefix and a local name "p", which would make it a paragraph.
    const raw = element as unknown as HappyElement;
    raw[PropertySymbol.localName] = tagName;
    raw[PropertySymbol.prefix] = null;
  }
  return element;
}

function setAttribute(doc: Document, element: DomElement, attr: Token.Attribute): void {
  try {
    if (attr.namespace) element.setAttributeNS(attr.namespace, attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name, attr.value);
    else element.setAttribute(attr.name, attr.value);
  } catch {
    // The tokenizer takes names the DOM API refuses (`"title`, `a<b`);
    // a browser's parser sets them anyway, and so does this.
    const node = doc.createAttributeNS(null, 'x');
    (node as unknown as HappyElement)[PropertySymbol.name] = attr.name;
    (node as unknown as HappyElement)[PropertySymbol.localName] = attr.name;
    node.value = attr.value;
    const attributes = element.attributes as unknown as Record<symbol, (item: Attr) => void>;
    attributes[PropertySymbol.setNamedItem]?.call(element.attributes, node);
  }
}

function attributeList(element: DomElement): Token.Attribute[] {
  const list: Token.Attribute[] = [];
  for (const attr of Array.from(element.attributes)) {
    list.push(attr.namespaceURI ? { name: attr.localName, value: attr.value, namespace: attr.namespaceURI as HTML.NS, prefix: attr.prefix ?? '' } : { name: attr.name, value: attr.value });
  }
  return list;
}

interface InternalTree {
  appendChild(child: DomNode, disableValidations: boolean): unknown;
  insertBefore(child: DomNode, reference: DomNode | null, disableValidations: boolean): unknown;
}

/** happy-dom's own tree operations with the checks a parser needs no more
 * of (its parser calls them so too): half the time of building the tree. */
function internal(node: DomNode): InternalTree {
  const raw = node as unknown as Record<symbol, InternalTree[keyof InternalTree]>;
  return {
    appendChild: raw[PropertySymbol.appendChild] as InternalTree['appendChild'],
    insertBefore: raw[PropertySymbol.insertBefore] as InternalTree['insertBefore'],
  };
}

function append(parent: DomNode, child: DomNode): void {
  internal(parent).appendChild.call(parent, child, true);
}

function isText(node: DomNode | null | undefined): node is Text {
  return node?.nodeType === 3;
}

type Map5 = TreeAdapterTypeMap<DomNode, DomNode, ChildNode, Document, DocumentFragment, DomElement, Comment, Text, HTMLTemplateElement, DocumentType>;

/** parse5's tree adapter over a happy-dom document: the parser's every
 * step becomes the DOM call a browser's parser makes. */
function happyDomAdapter(doc: Document): TreeAdapter<Map5> {
  let mode: HTML.DOCUMENT_MODE = HTML.DOCUMENT_MODE.NO_QUIRKS;
  return {
    createDocument: () => doc,
    createDocumentFragment: () => doc.createDocumentFragment(),
    createElement(tagName, namespace, attrs) {
      const element = createElement(doc, tagName, namespace);
      for (const attr of attrs) setAttribute(doc, element, attr);
      return element;
    },
    createCommentNode: (data) => doc.createComment(data),
    createTextNode: (value) => doc.createTextNode(value),
    appendChild: (parent, child) => append(parent, child),
    insertBefore: (parent, child, reference) => void internal(parent).insertBefore.call(parent, child, reference, true),
    setTemplateContent(template, content) {
      template.content.appendChild(content);
    },
    getTemplateContent: (template) => template.content,
    setDocumentType(document, name, publicId, systemId) {
      const doctype = document.implementation.createDocumentType(name, publicId, systemId);
      const existing = Array.from(document.childNodes).find((node) => node.nodeType === 10);
      if (existing) document.replaceChild(doctype, existing);
      else document.insertBefore(doctype, document.firstChild);
    },
    setDocumentMode(_document, value) {
      mode = value;
    },
    getDocumentMode: () => mode,
    detachNode(node) {
      node.parentNode?.removeChild(node);
    },
    insertText(parent, text) {
      const last = parent.lastChild;
      if (isText(last)) last.data += text;
      else append(parent, doc.createTextNode(text));
    },
    insertTextBefore(parent, text, reference) {
      const before = reference.previousSibling;
      if (isText(before)) before.data += text;
      else internal(parent).insertBefore.call(parent, doc.createTextNode(text), reference, true);
    },
    adoptAttributes(recipient, attrs) {
      for (const attr of attrs) if (!recipient.hasAttribute(attr.name)) setAttribute(doc, recipient, attr);
    },
    getFirstChild: (node) => node.firstChild ?? null,
    getChildNodes: (node) => Array.from(node.childNodes),
    getParentNode: (node) => node.parentNode,
    getAttrList: attributeList,
    getTagName: (element) => element.localName,
    getNamespaceURI: (element) => (element.namespaceURI ?? HTML.NS.HTML) as HTML.NS,
    getTextNodeContent: (node) => node.data,
    getCommentNodeContent: (node) => node.data,
    getDocumentTypeNodeName: (node) => node.name,
    getDocumentTypeNodePublicId: (node) => node.publicId,
    getDocumentTypeNodeSystemId: (node) => node.systemId,
    isTextNode: isText,
    isCommentNode: (node): node is Comment => node.nodeType === 8,
    isDocumentTypeNode: (node): node is DocumentType => node.nodeType === 10,
    isElementNode: (node): node is DomElement => node.nodeType === 1,
    setNodeSourceCodeLocation: () => undefined,
    getNodeSourceCodeLocation: () => undefined,
    updateNodeSourceCodeLocation: () => undefined,
  };
}
