import { AccessTokens } from "../modules/access-tokens/access-tokens";
import { useDocumentTitle } from "../ui/document-title";

export function AccessTokensPage() {
  useDocumentTitle("Adgangstokens");
  return (
    <>
      <h1>Adgangstokens</h1>
      <AccessTokens />
    </>
  );
}
