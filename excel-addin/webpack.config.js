// Dossier for Excel: the yo-office layout. Entries: the task pane (the
// shared React app on the Office.js port), the ribbon commands (function
// file) and the small message dialog. Output: dist/excel/.
//
//   npm run build:excel                      production bundle + manifest with the production base URL
//   DOSSIER_BASE_URL=https://host/path/ npm run build:excel
//   npx webpack serve --mode development --config excel-addin/webpack.config.js
//                                            https dev server on https://localhost:3000 (office-addin-dev-certs)
const path = require('node:path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { productionBaseUrl, productionManifest } = require('./productionManifest');

const root = path.resolve(__dirname, '..');
const DEV_PORT = 3000;

async function httpsOptions() {
  // Trusted localhost certificates, created and installed on first use (Office only loads https).
  const devCerts = require('office-addin-dev-certs');
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === 'development';
  const baseUrl = dev ? null : productionBaseUrl();
  const page = (name, template, chunks) => new HtmlWebpackPlugin({ filename: `${name}.html`, template: path.join(__dirname, template), chunks });
  return {
    context: root,
    devtool: dev ? 'eval-source-map' : 'source-map',
    entry: {
      taskpane: path.join(__dirname, 'src/taskpane/index.tsx'),
      commands: path.join(__dirname, 'src/commands/commands.ts'),
      message: path.join(__dirname, 'src/message/message.ts'),
    },
    output: {
      path: path.join(root, 'dist/excel'),
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.json'],
      // Browser bundles: Node built-ins some libraries mention are not needed in the pane.
      fallback: { fs: false, path: false, os: false, crypto: false, stream: false, zlib: false, buffer: require.resolve('buffer/') },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type checking is `npm run typecheck`'s job; the build only transpiles.
            options: { transpileOnly: true, configFile: path.join(root, 'tsconfig.json'), compilerOptions: { noEmit: false, module: 'esnext', moduleResolution: 'bundler', sourceMap: true } },
          },
        },
      ],
    },
    plugins: [
      // iconv-lite (CSV import in the pane) reaches for Node's Buffer; the npm "buffer" package stands in for it.
      new webpack.ProvidePlugin({ Buffer: ['buffer', 'Buffer'] }),
      page('taskpane', 'src/taskpane/taskpane.html', ['taskpane']),
      page('commands', 'src/commands/commands.html', ['commands']),
      page('message', 'src/message/message.html', ['message']),
      new CopyWebpackPlugin({
        patterns: [
          { from: path.join(__dirname, 'assets/*.png').replace(/\\/g, '/'), to: 'assets/[name][ext]' },
          { from: path.join(__dirname, 'src/help.html'), to: 'help.html' },
          // Plain ES5, copied as written: it must parse in IE11 and the old Edge, where the bundles cannot.
          { from: path.join(__dirname, 'src/unsupported/webviewGuard.js'), to: 'webviewGuard.js' },
          { from: path.join(__dirname, 'src/unsupported/unsupported.html'), to: 'unsupported.html' },
          {
            from: path.join(root, 'manifest.xml'),
            to: 'manifest.xml',
            transform: (content) => (dev ? content : productionManifest(content.toString('utf8'), baseUrl)),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: DEV_PORT,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      server: env.WEBPACK_SERVE ? { type: 'https', options: await httpsOptions() } : 'https',
    },
  };
};
