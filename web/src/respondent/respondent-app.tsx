import { useCallback, useEffect, useRef, useState } from "react";
import { useLocale } from "../shared/locale.tsx";
import type { ApiErrorCode } from "../shared/api-error.ts";
import { submitAnswers, type Campaign, type Submitted } from "./campaign-api.ts";
import {
  forgetCampaign,
  forgetPending,
  forgetProgress,
  readPending,
  readProgress,
  savePending,
  saveProgress,
  type PendingSubmission,
  type Progress,
} from "./device-storage.ts";
import { NoticePage } from "./notice-page.tsx";
import { readRespondentLocation } from "./respondent-location.ts";
import { loadQuestionnairePage, takeCampaignLoad } from "./respondent-prefetch.ts";
import { ResultsPage } from "./results-page.tsx";
import { RefusedPage, SendingPage, WaitingPage } from "./submission-pages.tsx";
import { UnavailablePage } from "./unavailable-page.tsx";
import type { Unavailable } from "./words.ts";
import "./respondent.css";

type Step =
  | { name: "loading" }
  | { name: "unavailable"; reason: Unavailable }
  | { name: "notice" }
  | { name: "questionnaire"; initial: Progress | null }
  | { name: "sending" }
  | { name: "waiting"; offline: boolean }
  | { name: "refused"; code: ApiErrorCode; answers: PendingSubmission }
  | { name: "results"; result: Submitted };

type QuestionnairePageComponent = Awaited<ReturnType<typeof loadQuestionnairePage>>["QuestionnairePage"];

/**
 * The questionnaire page once SurveyJS has arrived: its download starts with the page (respondent-prefetch.ts)
 * and goes on while the notice is read. "failed" when the connection was lost before it ended.
 */
function useQuestionnairePage(): QuestionnairePageComponent | "loading" | "failed" {
  const [page, setPage] = useState<{ component: QuestionnairePageComponent } | "loading" | "failed">("loading");
  useEffect(() => {
    let cancelled = false;
    loadQuestionnairePage().then(
      (module) => !cancelled && setPage({ component: module.QuestionnairePage }),
      () => !cancelled && setPage("failed"),
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return typeof page === "string" ? page : page.component;
}

/**
 * The respondent path: notice → questionnaire → own results, with the answers kept on the device only while
 * they need to be (see device-storage.ts) and a submission made without network sent when it returns.
 */
export default function RespondentApp() {
  const { locale } = useLocale();
  const [{ code, invitation: linkInvitation }] = useState(() => readRespondentLocation(window.location));
  const [campaign, setCampaign] = useState<Campaign | null>(null);
  const [step, setStep] = useState<Step>({ name: "loading" });
  const [invitation, setInvitation] = useState<string | undefined>(linkInvitation ?? readProgress(code)?.invitation);
  const sending = useRef(false);
  const QuestionnairePage = useQuestionnairePage();

  const send = useCallback(
    async (submission: PendingSubmission) => {
      if (sending.current) return;
      sending.current = true;
      setStep({ name: "sending" });
      try {
        const outcome = await submitAnswers(code, submission);
        if (outcome.kind === "sent") {
          forgetCampaign(code);
          setStep({ name: "results", result: outcome.result });
        } else if (outcome.kind === "waiting") {
          savePending(code, submission);
          forgetProgress(code);
          setStep({ name: "waiting", offline: outcome.offline });
        } else if (outcome.code === "invitation_required" || outcome.code === "invitation_used") {
          // Only the code is wrong: every answer stays on the device, to be sent again with a good code.
          forgetPending(code);
          saveProgress(code, { answers: submission.answers, page: readProgress(code)?.page ?? 0 });
          setStep({ name: "refused", code: outcome.code, answers: submission });
        } else {
          forgetCampaign(code);
          setStep({ name: "refused", code: outcome.code, answers: submission });
        }
      } finally {
        sending.current = false;
      }
    },
    [code],
  );

  // Opening the page: a submission left waiting on this device goes first; otherwise the campaign.
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      if (code === "") return setStep({ name: "unavailable", reason: "not_found" });
      const pending = readPending(code);
      // Usually already on its way: main.tsx asked for it while the bundles were loading.
      const load = await takeCampaignLoad(code);
      if (cancelled) return;
      if (load.kind === "found") setCampaign(load.campaign);
      if (pending) {
        if (load.kind === "offline") return setStep({ name: "waiting", offline: true });
        return void send(pending);
      }
      if (load.kind !== "found") return setStep({ name: "unavailable", reason: load.kind });
      const { availability } = load.campaign;
      if (availability !== "open") return setStep({ name: "unavailable", reason: availability });
      const progress = readProgress(code);
      setStep(progress ? { name: "questionnaire", initial: progress } : { name: "notice" });
    })();
    return () => {
      cancelled = true;
    };
  }, [code, send]);

  // The network is back: send what waits on the device.
  useEffect(() => {
    if (step.name !== "waiting") return;
    const retry = () => {
      const pending = readPending(code);
      if (pending) void send(pending);
    };
    window.addEventListener("online", retry);
    return () => window.removeEventListener("online", retry);
  }, [step.name, code, send]);

  const onProgress = useCallback(
    (progress: Progress) => saveProgress(code, { ...progress, ...(invitation ? { invitation } : {}) }),
    [code, invitation],
  );
  const onComplete = useCallback(
    (answers: Record<string, unknown>) => void send({ answers, locale, ...(invitation ? { invitation } : {}) }),
    [send, locale, invitation],
  );

  const structureName = campaign?.structure.name;
  switch (step.name) {
    case "loading":
      return (
        <p className="loading" role="status">
          …
        </p>
      );
    case "unavailable":
      return <UnavailablePage reason={step.reason} opensAt={campaign?.opensAt} structureName={structureName} />;
    case "notice":
      return (
        <NoticePage
          campaign={campaign!}
          invitation={invitation}
          onStart={(chosen) => {
            setInvitation(chosen);
            saveProgress(code, { answers: {}, page: 0, ...(chosen ? { invitation: chosen } : {}) });
            setStep({ name: "questionnaire", initial: null });
          }}
        />
      );
    case "questionnaire":
      if (QuestionnairePage === "loading")
        return (
          <p className="loading" role="status">
            …
          </p>
        );
      // Reloading finds the answers in progress again (sessionStorage) and the questionnaire where it was.
      if (QuestionnairePage === "failed") return <UnavailablePage reason="offline" structureName={structureName} />;
      return <QuestionnairePage campaign={campaign!} initial={step.initial} onProgress={onProgress} onComplete={onComplete} />;
    case "sending":
      return <SendingPage />;
    case "waiting":
      return (
        <WaitingPage
          offline={step.offline}
          onRetry={() => {
            const pending = readPending(code);
            if (pending) void send(pending);
          }}
        />
      );
    case "refused":
      return (
        <RefusedPage
          code={step.code}
          campaignCode={code}
          onRetryWithInvitation={
            campaign?.requiresInvitation
              ? (typed) => {
                  setInvitation(typed);
                  void send({ ...step.answers, invitation: typed });
                }
              : undefined
          }
        />
      );
    case "results":
      return <ResultsPage result={step.result} structureName={structureName} />;
  }
}
