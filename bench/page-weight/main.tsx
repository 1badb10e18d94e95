import { createRoot } from "react-dom/client";
import { Model } from "survey-core";
// The same default theme as the respondent path (fontless: nothing fetched from elsewhere).
import "survey-core/survey-core.fontless.min.css";
import { Survey } from "survey-react-ui";

/** The reference page of bench/page-weight.ts: the least a page showing one SurveyJS question can load. */
const model = new Model({
  elements: [
    {
      type: "radiogroup",
      name: "q1",
      title: "Je participe aux décisions qui concernent mes soins.",
      choices: ["Pas du tout d'accord", "Plutôt pas d'accord", "Ni d'accord ni pas d'accord", "Plutôt d'accord", "Tout à fait d'accord"],
    },
  ],
});

createRoot(document.getElementById("root")!).render(<Survey model={model} />);
