import { useMutation, useQuery } from "@apollo/client/react";
import { CreateAccessTokenDocument, MyAccessTokensDocument, RevokeAccessTokenDocument } from "@overblik/graphql-client";
import { useId, useState, type FormEvent } from "react";
import { Alert, ErrorAlert } from "../../ui/alert";
import { errorMessage } from "../../ui/errors";
import { formatDateTimeDa } from "../../ui/format";
import { Loading } from "../../ui/loading";
import { ScrollRegion } from "../../ui/scroll-region";

/** Personal access tokens for the playground: created here, shown once, revoked here. */
export function AccessTokens() {
  const id = useId();
  const { data, loading, error } = useQuery(MyAccessTokensDocument, { fetchPolicy: "network-only" });
  const [create, creating] = useMutation(CreateAccessTokenDocument, { refetchQueries: [MyAccessTokensDocument] });
  const [revoke, revoking] = useMutation(RevokeAccessTokenDocument, { refetchQueries: [MyAccessTokensDocument] });
  const [name, setName] = useState("");
  const [days, setDays] = useState("30");
  const [shown, setShown] = useState<{ name: string; token: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setShown(null);
    const result = await create({ variables: { input: { name, expiresInDays: Number.parseInt(days, 10) } } }).catch(() => null);
    const created = result?.data?.createAccessToken;
    if (created) {
      setShown({ name: created.accessToken.name, token: created.token });
      setName("");
    }
  }

  const now = new Date().toISOString();
  return (
    <>
      <p>
        Et adgangstoken bruges på GraphQL-legepladsen eller fra et script som <code>Authorization: Bearer …</code>. Det har dine egne roller, aldrig flere, og
        kan tilbagekaldes her. Tokenet vises kun én gang.
      </p>
      {shown ? (
        <Alert variant="success" heading={`Tokenet "${shown.name}" er oprettet`}>
          <p>Kopiér det nu: det vises ikke igen.</p>
          <p>
            <code className="token-value" aria-label="Nyt adgangstoken">
              {shown.token}
            </code>
          </p>
        </Alert>
      ) : null}
      <form onSubmit={(e) => void submit(e)} className="mb-6" noValidate>
        <h2 className="h3">Nyt token</h2>
        {creating.error ? <ErrorAlert message={errorMessage(creating.error)} /> : null}
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-name`}>
            Navn
          </label>
          <input id={`${id}-name`} className="form-input" value={name} onChange={(e) => setName(e.target.value)} required />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-days`}>
            Gyldigt i dage (1–365)
          </label>
          <input id={`${id}-days`} className="form-input input-width-xs" inputMode="numeric" value={days} onChange={(e) => setDays(e.target.value)} />
        </div>
        <button type="submit" className="button button-primary" disabled={creating.loading}>
          Opret token
        </button>
      </form>
      <h2 className="h3">Dine tokens</h2>
      {loading ? <Loading /> : null}
      {error ? <ErrorAlert message={errorMessage(error)} /> : null}
      {revoking.error ? <ErrorAlert message={errorMessage(revoking.error)} /> : null}
      {data && data.myAccessTokens.length === 0 ? <p>Du har ingen tokens.</p> : null}
      {data && data.myAccessTokens.length > 0 ? (
        <ScrollRegion label="Dine tokens">
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">Navn</th>
                <th scope="col">Begynder med</th>
                <th scope="col">Oprettet</th>
                <th scope="col">Udløber</th>
                <th scope="col">Sidst brugt</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="sr-only">Handling</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.myAccessTokens.map((t) => {
                const status = t.revokedAt ? "Tilbagekaldt" : t.expiresAt < now ? "Udløbet" : "Aktivt";
                return (
                  <tr key={t.id}>
                    <td>{t.name}</td>
                    <td>
                      <code>{t.prefix}…</code>
                    </td>
                    <td>{formatDateTimeDa(t.createdAt)}</td>
                    <td>{formatDateTimeDa(t.expiresAt)}</td>
                    <td>{t.lastUsedAt ? formatDateTimeDa(t.lastUsedAt) : "–"}</td>
                    <td>{status}</td>
                    <td>
                      {status === "Aktivt" ? (
                        <button
                          type="button"
                          className="button button-secondary"
                          disabled={revoking.loading}
                          onClick={() => void revoke({ variables: { id: t.id } }).catch(() => null)}
                        >
                          Tilbagekald<span className="sr-only"> {t.name}</span>
                        </button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
    </>
  );
}
