import { lazy, Suspense, useEffect } from "react";
import { StaffLayout } from "./layout/staff-layout.tsx";
import { Loading } from "./layout/status-message.tsx";
import { HomePage } from "./pages/home-page.tsx";
import { InvitationPage } from "./pages/invitation-page.tsx";
import { WelcomePage } from "../respondent/welcome-page.tsx";
import { isPagePath } from "../shared/domain.ts";
import { NotFoundPage } from "./pages/not-found-page.tsx";
import { SignInPage } from "./pages/sign-in-page.tsx";
import { matchPath, navigate, RouterProvider, useLocation } from "./router.tsx";
import { SessionProvider, useSession } from "./session.tsx";
import "./staff.css";

// Pages with charts or QR codes load their libraries only when opened.
const StructurePage = lazy(() => import("./pages/structure-page.tsx"));
const CampaignsPage = lazy(() => import("./campaigns/campaigns-page.tsx"));
const RegionPage = lazy(() => import("./region/region-page.tsx"));
const LabelPage = lazy(() => import("./label/label-page.tsx"));
const ObservatoryPage = lazy(() => import("./pages/observatory-page.tsx"));
const ProjectsPage = lazy(() => import("./codesign/projects-page.tsx"));
const ProjectPage = lazy(() => import("./codesign/project-page.tsx"));
const DraftPage = lazy(() => import("./codesign/draft-page.tsx"));
const ComparePage = lazy(() => import("./codesign/compare-page.tsx"));

/** Staff pages: sign-in, dashboards, campaigns, region, co-design. */
export default function StaffApp() {
  return (
    <RouterProvider>
      <SessionProvider>
        <StaffLayout>
          <Suspense fallback={<Loading />}>
            <Routes />
          </Suspense>
        </StaffLayout>
      </SessionProvider>
    </RouterProvider>
  );
}

function Routes() {
  const { path } = useLocation();
  const { user } = useSession();
  const observatory = matchPath("/observatoire/:region", path);
  // The front door is public; an unknown address says so rather than asking to sign in.
  const isPublic = path === "/" || path === "/connexion" || path === "/invitation" || observatory !== null || !isPagePath(path);
  useEffect(() => {
    if (!isPublic && user === null) navigate(`/connexion?suite=${encodeURIComponent(path)}`, { replace: true });
  }, [isPublic, user, path]);

  if (!isPagePath(path)) return <NotFoundPage />;
  if (path === "/" && user === null) return <WelcomePage />;
  if (path === "/connexion") return <SignInPage />;
  if (path === "/invitation") return <InvitationPage />;
  if (observatory) return <ObservatoryPage region={observatory.region ?? ""} />;
  if (!user) return <Loading />;
  if (path === "/") return <HomePage user={user} />;
  const structure = matchPath("/structures/:id", path);
  if (structure) return <StructurePage id={Number(structure.id)} />;
  const label = matchPath("/structures/:id/label", path);
  if (label) return <LabelPage id={Number(label.id)} />;
  const campaigns = matchPath("/structures/:id/enquetes", path);
  if (campaigns) return <CampaignsPage id={Number(campaigns.id)} />;
  if (path === "/region" && (user.role === "coordinator" || user.role === "admin")) return <RegionPage user={user} />;
  const researcher = user.role === "co_researcher" || user.role === "admin";
  if (path === "/projets" && researcher) return <ProjectsPage user={user} />;
  const project = matchPath("/projets/:id", path);
  if (project && researcher) return <ProjectPage id={Number(project.id)} />;
  const draft = matchPath("/brouillons/:id", path);
  if (draft && researcher) return <DraftPage id={Number(draft.id)} user={user} />;
  const compare = matchPath("/questionnaires/:slug/comparer", path);
  if (compare) return <ComparePage slug={compare.slug ?? ""} />;
  return <NotFoundPage />;
}
