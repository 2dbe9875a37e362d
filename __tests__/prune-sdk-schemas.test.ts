// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pruneSdkSchemas } = require('../scripts/prune-sdk-schemas') as { pruneSdkSchemas: (text: string) => string };

// The shape of a bundle chunk as webpack writes it: the SDK's schema module concatenated with the
// modules that use it, inside one webpack module.
const chunk = (schemas: string[], rest: string[]) =>
  [
    'exports.id = 857;',
    'exports.modules = {',
    '/***/ 857:',
    '/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {',
    '// UNUSED EXPORTS: Unused$, UnusedRequest$',
    ';// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/schemas/schemas_0.js',
    ...schemas,
    ';// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/commands/DescribeVpcsCommand.js',
    ...rest,
    '/***/ })',
    '};',
  ].join('\n');

const schemas = [
  'const _DV = "DescribeVpcs";',
  'const _DVR = "DescribeVpcsRequest";',
  'const _U = "Unused";',
  'const _UR = "UnusedRequest";',
  'const n0 = "com.amazonaws.ec2";',
  'var DescribeVpcsRequest$ = [3, n0, _DVR,',
  '    0,',
  '    [_VI],',
  '    [[64 | 0, { [_xN]: _VI }]]',
  '];',
  'var DescribeVpcs$ = [9, n0, _DV,',
  '    0, () => DescribeVpcsRequest$, () => DescribeVpcsRequest$',
  '];',
  'var UnusedRequest$ = [3, n0, _UR, 0, [], []];',
  'var Unused$ = [9, n0, _U,',
  '    0, () => UnusedRequest$, () => UnusedRequest$',
  '];',
  'const _VI = "VpcIds";',
  'const _xN = "xmlName";',
];
const command = ['class DescribeVpcsCommand extends command(_ep0, _mw0, "DescribeVpcs", DescribeVpcs$) {', '}'];

describe('pruneSdkSchemas (what npm run build does to the SDK chunks)', () => {
  it('keeps what the commands reach, directly or through other declarations, and drops the rest', () => {
    const pruned = pruneSdkSchemas(chunk(schemas, command)).split('\n');
    expect(pruned).toEqual(expect.arrayContaining(['var DescribeVpcs$ = [9, n0, _DV,', 'const _xN = "xmlName";']));
    expect(pruned).toContain('var DescribeVpcsRequest$ = [3, n0, _DVR,');
    expect(pruned).toContain('const _VI = "VpcIds";');
    // Named only in webpack's comment and by each other.
    expect(pruned.join('\n')).not.toMatch(/Unused\$ =|UnusedRequest\$ =|_U =|_UR =/);
    expect(pruned.length).toBe(chunk(schemas, command).split('\n').length - 6);
  });

  it('leaves a file without SDK schema modules untouched', () => {
    const text = 'var Unused$ = [9, n0, _U];\nconsole.log(1);';
    expect(pruneSdkSchemas(text)).toBe(text);
  });

  it('fails, rather than guess, on a layout it does not know', () => {
    const broken = ['var Open$ = [9, n0, _O,', 'const _O = "Open";'];
    expect(() => pruneSdkSchemas(chunk(broken, command))).toThrow(/unexpected layout of Open\$/);
  });
});
