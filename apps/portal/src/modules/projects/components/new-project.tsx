import { useMutation } from "@apollo/client/react";
import { CreateProjectDocument, type CreateProjectInput } from "@overblik/graphql-client";
import { useState } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { useDocumentTitle } from "../../../ui/document-title";
import { errorMessage } from "../../../ui/errors";
import { navigate } from "../../../ui/navigation";
import { useSession } from "../../session/hooks/use-session";
import { setupPaths } from "../project-setup-paths";
import { ProjectBasicsForm } from "./project-basics-form";

/** "Nyt projekt": the basics; on saving, the guided setup continues with the members (the creator is its leader). */
export function NewProject() {
  useDocumentTitle("Nyt projekt");
  const { user } = useSession();
  const [create, { loading }] = useMutation(CreateProjectDocument, { refetchQueries: ["Projects", "Me"] });
  const [failure, setFailure] = useState<string | null>(null);

  async function save(input: CreateProjectInput) {
    setFailure(null);
    try {
      const result = await create({ variables: { input } });
      const id = result.data?.createProject.id;
      if (id) navigate(setupPaths.setup(id));
    } catch (e) {
      setFailure(errorMessage(e));
    }
  }

  if (!user.mayCreateProjects) return <ErrorAlert message="Du har ikke adgang til at oprette projekter. Kontakt en administrator." />;
  return (
    <>
      <h1>Nyt projekt</h1>
      <p>Trin 1 af 4: projektets stamdata. Du bliver selv projektets leder og kan derefter tilføje medlemmer, budget, mål og plan.</p>
      <ProjectBasicsForm project={null} submitLabel="Opret projekt" busy={loading} failure={failure} onSubmit={(input) => void save(input)} />
    </>
  );
}
