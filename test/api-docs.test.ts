import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ES module script without types
import { elementDeclarations, updateReadme } from '../components/api-docs.mjs';

describe('API documentation', () => {
  // The analyzer writes relative to the working directory; test/.results is ignored by git.
  const outdir = 'test/.results/cem';
  execFileSync('npx', ['cem', 'analyze', '--outdir', outdir], { stdio: 'pipe' });
  const manifest = JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8'));
  const elements: { declaration: any }[] = elementDeclarations(manifest);

  it('the committed manifest (components/custom-elements.json) is up to date (run npm run docs)', () => {
    expect(JSON.parse(readFileSync('components/custom-elements.json', 'utf8'))).toEqual(manifest);
  });

  it('the manifest lists the three elements', () => {
    expect(elements.map((element) => element.declaration.tagName).sort()).toEqual(['cadence-checker', 'funding-calculator', 'tier-selector']);
  });

  it.each(['funding-calculator', 'cadence-checker', 'tier-selector'])('%s README tables match the manifest (run npm run docs)', (tag) => {
    const { declaration } = elements.find((element) => element.declaration.tagName === tag)!;
    const readme = readFileSync(`components/${tag}/README.md`, 'utf8');
    expect(updateReadme(readme, declaration)).toBe(readme);
  });

  it.each(['funding-calculator', 'cadence-checker', 'tier-selector'])('%s documents every public property, its event, parts and custom properties', (tag) => {
    const { declaration } = elements.find((element) => element.declaration.tagName === tag)!;
    const fields = declaration.members.filter((member: any) => member.kind === 'field' && !member.privacy && !member.static);
    for (const field of fields) expect(field.description, `${tag}.${field.name}`).toBeTruthy();
    expect(declaration.events.map((event: any) => event.name)).toContain(tag.replace(/-(calculator|checker|selector)$/, '') + '-change');
    expect(declaration.cssParts.map((part: any) => part.name)).toContain('base');
    const source = readFileSync(`components/${tag}/${tag}.ts`, 'utf8') + readFileSync(`components/${tag}/${tag}.styles.ts`, 'utf8');
    for (const part of source.matchAll(/part="([\w-]+)"/g)) expect(declaration.cssParts.map((entry: any) => entry.name)).toContain(part[1]);
    for (const property of (readFileSync(`components/${tag}/${tag}.styles.ts`, 'utf8').match(/--sv-[\w-]+(?=,)/g) ?? [])) {
      expect(declaration.cssProperties.map((entry: any) => entry.name)).toContain(property);
    }
  });
});
