import { useEffect, useState } from "react";

interface Health {
  status: string;
}

/**
 * The entrance page: what Repères is, in French and English, and whether the service answers. The full web
 * app (respondent path, dashboards) is built on the API described in the README.
 */
export function HomePage() {
  const [health, setHealth] = useState<"loading" | "ok" | "down">("loading");
  useEffect(() => {
    fetch("/api/health")
      .then((res) => res.json() as Promise<Health>)
      .then((body) => setHealth(body.status === "ok" ? "ok" : "down"))
      .catch(() => setHealth("down"));
  }, []);
  return (
    <main style={{ maxWidth: "40rem", margin: "0 auto", padding: "1rem", fontFamily: "system-ui, sans-serif", lineHeight: 1.5 }}>
      <h1>Repères</h1>
      <p>
        Questionnaires d'auto-évaluation et de recherche participative pour la pair-aidance en santé mentale : réponses
        anonymes, comparaisons de chaque structure avec sa région.
      </p>
      <p lang="en">
        Self-assessment and participatory-research questionnaires for peer support in mental health: anonymous answers,
        each structure compared with its region.
      </p>
      <p role="status">
        {health === "loading" ? "…" : health === "ok" ? "Service disponible · Service available" : "Service indisponible · Service unavailable"}
      </p>
    </main>
  );
}
