// Monaco's web workers, bundled by Vite from the installed packages (no CDN). Declared here rather
// than through graphiql/setup-workers/vite, which breaks Vite's dev pre-bundling (STACK.md).
import EditorWorker from "monaco-editor/esm/vs/editor/editor.worker.js?worker";
import JsonWorker from "monaco-editor/esm/vs/language/json/json.worker.js?worker";
import GraphQLWorker from "monaco-graphql/esm/graphql.worker.js?worker";

interface MonacoEnvironment {
  getWorker(workerId: string, label: string): Worker;
}

const environment: MonacoEnvironment = {
  getWorker(_workerId, label) {
    if (label === "json") return new JsonWorker();
    if (label === "graphql") return new GraphQLWorker();
    return new EditorWorker();
  },
};

Object.assign(self, { MonacoEnvironment: environment });
