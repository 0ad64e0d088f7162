// Writes the widgets' framework types from dist/custom-elements.json at build time, so they
// follow the components like the manifest and docs/widgets-reference.md do:
// - dist/react.d.ts (`@wijkwijzer/widgets/react`): React 19's JSX.IntrinsicElements;
// - dist/vue.d.ts (`@wijkwijzer/widgets/vue`): Vue 3's GlobalComponents, for vue-tsc.
// The manifest gives the names (each element's properties, the attributes named apart from
// them, its events); the types come from the compiled classes (`SocialeKaart['limit']`) and our
// event map (`WijkwijzerEvent<'wijkwijzer-search'>`), so a type in a JSDoc comment cannot make them wrong.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

/** Each element's class, its settable properties (own and inherited, with the attribute of each) and its events. */
function describeElements(manifest) {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName))
    .map((declaration) => {
      const attributes = new Map((declaration.attributes ?? []).map((attribute) => [attribute.fieldName, attribute]));
      const properties = (declaration.members ?? []).filter(
        (member) => member.kind === 'field' && !member.static && !member.readonly && (member.privacy ?? 'public') === 'public',
      );
      return {
        tag: declaration.tagName,
        className: declaration.name,
        summary: declaration.summary ?? declaration.description ?? '',
        properties: properties.map((property) => {
          const attribute = attributes.get(property.name);
          return {
            name: property.name,
            description: property.description ?? '',
            // `heading-level` for `headingLevel`; an attribute of the same name is the property to a framework.
            attribute: attribute && attribute.name !== property.name ? attribute.name : undefined,
            // Such a flag is switched off with the text "false": React and Vue leave out an
            // attribute set to `false`, which leaves the flag on.
            onByDefault: attribute?.type?.text === 'boolean' && attribute.default === 'true',
          };
        }),
        events: (declaration.events ?? []).filter((event) => event.name).map((event) => ({ name: event.name, description: event.description ?? '' })),
      };
    });
}

const quote = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const doc = (text, indent) => (text ? `${indent}/** ${text.replace(/\s*\n\s*/g, ' ').replace(/\*\//g, '*\\/')} */\n` : '');
const member = (name, type, description, indent) => `${doc(description, indent)}${indent}${quote(name)}?: ${type};\n`;

const propertyType = (element, property) => `${element.className}['${property.name}']`;
const attributeType = (element, property) => (property.onByDefault ? `'false'` : `AttributeText<${propertyType(element, property)}>`);

const HEADER = `// Generated from custom-elements.json by scripts/framework-types.mjs at build time. Do not edit.`;
const ATTRIBUTE_TEXT = `/** What an attribute carries: text, or a number or flag written as text. */
type AttributeText<T> = T extends string | number | boolean ? T : string;`;
const imports = (elements) =>
  `import type { ${[...elements.map((element) => element.className), 'WijkwijzerEvent'].sort().join(', ')} } from './index.js';`;

function reactTypes(elements) {
  const indent = ' '.repeat(8);
  const entries = elements.map((element) => {
    const members = element.properties.flatMap((property) => [
      member(property.name, propertyType(element, property), property.description, indent),
      property.attribute ? member(property.attribute, attributeType(element, property), property.description, indent) : '',
    ]);
    const listeners = element.events.map((event) =>
      member(`on${event.name}`, `(event: WijkwijzerEvent<'${event.name}'>) => void`, event.description, indent),
    );
    return `${doc(element.summary, '      ')}      '${element.tag}': DetailedHTMLProps<HTMLAttributes<${element.className}>, ${element.className}> & {
${[...members, ...listeners].join('')}      };
`;
  });
  return `${HEADER}
// React 19 sets a prop on a custom element as a property when the element has one by that name,
// otherwise as an attribute, and listens to \`on<event-name>\` props (\`onwijkwijzer-search\`).
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${imports(elements)}

${ATTRIBUTE_TEXT}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${entries.join('')}    }
  }
}
`;
}

const vueListener = (event) => `on${event.replace(/(^|-)([a-z])/g, (_, dash, letter) => letter.toUpperCase())}`;

function vueTypes(elements) {
  const indent = ' '.repeat(6);
  const entries = elements.map((element) => {
    const members = element.properties.map((property) =>
      member(
        property.name,
        property.attribute ? `${propertyType(element, property)} | ${attributeType(element, property)}` : propertyType(element, property),
        property.description,
        indent,
      ),
    );
    const listeners = element.events.map((event) =>
      member(vueListener(event.name), `(event: WijkwijzerEvent<'${event.name}'>) => void`, event.description, indent),
    );
    return `${doc(element.summary, '    ')}    '${element.tag}': CustomElement<${element.className}, {
${[...members, ...listeners].join('')}    }>;
`;
  });
  return `${HEADER}
// vue-tsc checks a custom element's template like a component's, against \`$props\` (the shape of
// Vue's guide, "Vue and Web Components"). It reads \`heading-level\` as \`headingLevel\`, so a
// property named apart from its attribute also takes the attribute's text; \`@wijkwijzer-search\`
// is the prop \`onWijkwijzerSearch\`, as for a component's events.
import type { HTMLAttributes, PublicProps } from 'vue';
${imports(elements)}

${ATTRIBUTE_TEXT}

type CustomElement<Element extends HTMLElement, Props> = new () => Element & {
  /** @deprecated For template type checking only: not on the element. */
  $props: HTMLAttributes & PublicProps & Props;
};

declare module 'vue' {
  interface GlobalComponents {
${entries.join('')}  }
}
`;
}

const elements = describeElements(JSON.parse(await readFile(`${dist}custom-elements.json`, 'utf8')));
await writeFile(`${dist}react.d.ts`, reactTypes(elements));
await writeFile(`${dist}vue.d.ts`, vueTypes(elements));
