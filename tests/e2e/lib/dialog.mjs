// Reads and operates PHI Guard's in-page dialog. It lives in a CLOSED shadow root, which neither
// page scripts nor Playwright's selectors can enter; Chromium's accessibility tree (over CDP) can,
// and it is what a screen reader sees: role, name, text, buttons and focus come from there, and
// buttons are clicked with the real mouse at their on-screen box.
const sessions = new WeakMap();

async function cdp(page) {
  if (!sessions.has(page)) sessions.set(page, await page.context().newCDPSession(page));
  return sessions.get(page);
}

const prop = (node, name) => node.properties?.find((p) => p.name === name)?.value?.value;

/**
 * The open dialog as {name, role, modal, text, buttons: [{name, focused, backendDOMNodeId}]},
 * or null when none is open.
 */
export async function readDialog(page) {
  const session = await cdp(page);
  const { nodes } = await session.send('Accessibility.getFullAXTree');
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const dialog = nodes.find((n) => n.role?.value === 'alertdialog' && !n.ignored);
  if (!dialog) return null;
  const text = [];
  const buttons = [];
  const walk = (node) => {
    if (!node) return;
    if (node.role?.value === 'StaticText' && node.name?.value) text.push(node.name.value);
    if (node.role?.value === 'button') {
      buttons.push({ name: node.name?.value, focused: prop(node, 'focused') === true, backendDOMNodeId: node.backendDOMNodeId });
      return;
    }
    for (const id of node.childIds ?? []) walk(byId.get(id));
  };
  walk(dialog);
  return {
    role: dialog.role.value,
    name: dialog.name?.value,
    modal: prop(dialog, 'modal') === true,
    text: text.join(' '),
    buttons,
  };
}

/** Clicks the dialog button named `name` with the mouse. */
export async function clickDialogButton(page, name) {
  const dialog = await readDialog(page);
  const button = dialog?.buttons.find((b) => b.name === name);
  if (!button) throw new Error(`no dialog button "${name}" (dialog: ${JSON.stringify(dialog)})`);
  const session = await cdp(page);
  const { model } = await session.send('DOM.getBoxModel', { backendNodeId: button.backendDOMNodeId });
  const [x1, y1, , , x3, y3] = model.content;
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

/** Computed style properties of the open dialog's box (role="alertdialog"), read over CDP. */
export async function dialogStyle(page, names) {
  const session = await cdp(page);
  await session.send('DOM.enable');
  await session.send('CSS.enable');
  const { root } = await session.send('DOM.getDocument', { depth: -1, pierce: true });
  let found = null;
  const walk = (node) => {
    if (found || !node) return;
    const attrs = node.attributes ?? [];
    for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === 'role' && attrs[i + 1] === 'alertdialog') found = node;
    for (const c of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(c);
  };
  walk(root);
  if (!found) throw new Error('no dialog box in the DOM');
  const { computedStyle } = await session.send('CSS.getComputedStyleForNode', { nodeId: found.nodeId });
  return Object.fromEntries(names.map((n) => [n, computedStyle.find((p) => p.name === n)?.value]));
}
