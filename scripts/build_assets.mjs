// Copies the pinned npm packages eiso uses into static/vendor/ (never a CDN: agency intranets are closed).
// Only the files the pages load are copied; fonts are limited to the subsets Vietnamese text needs.
import { cpSync, mkdirSync, rmSync, readdirSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const nm = join(root, "node_modules");
const out = join(root, "static", "vendor");

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

function copy(from, to) {
  const src = join(nm, from);
  if (!existsSync(src)) throw new Error(`missing ${src}: run npm ci first`);
  const dst = join(out, to);
  mkdirSync(dirname(dst), { recursive: true });
  cpSync(src, dst, { recursive: true });
}

copy("@tabler/core/dist/css/tabler.min.css", "tabler/tabler.min.css");
copy("@tabler/core/dist/js/tabler.min.js", "tabler/tabler.min.js");
// Source maps the minified files name: collectstatic with the production manifest storage fails
// on a referenced file that is missing.
copy("@tabler/core/dist/css/tabler.min.css.map", "tabler/tabler.min.css.map");
copy("@tabler/core/dist/js/tabler.min.js.map", "tabler/tabler.min.js.map");
// Icons are inlined as SVG by the {% icon %} template tag, so pages load no icon font.
copy("@tabler/icons/icons/outline", "icons/outline");
copy("htmx.org/dist/htmx.min.js", "htmx/htmx.min.js");

const subsets = ["latin", "latin-ext", "vietnamese"];
function fonts(pkg, family, weights, styles) {
  for (const f of readdirSync(join(nm, pkg, "files"))) {
    const ok = subsets.some((s) =>
      weights.some((w) => styles.some((st) => f === `${family}-${s}-${w}-${st}.woff2`)),
    );
    if (ok) copy(`${pkg}/files/${f}`, `fonts/${family}/${f}`);
  }
}
fonts("@fontsource/be-vietnam-pro", "be-vietnam-pro", ["400", "500", "600", "700"], ["normal"]);
fonts("@fontsource/tinos", "tinos", ["400", "700"], ["normal", "italic"]);
console.log(`assets copied to ${out}`);
