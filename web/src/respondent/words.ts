import type { ApiErrorCode } from "../shared/api-error.ts";
import type { Text } from "../shared/locale.tsx";

/**
 * Every word the respondent reads, in French then English: plain language, no jargon, never a verdict.
 * One place, so that the whole path (notice → questionnaire → results, or a "not now" page) can be read
 * and reviewed at once, and translated together.
 */

export type Unavailable = "not_found" | "closed" | "paused" | "not_yet_open" | "offline" | "failed";

/** Why the server refused the answers, for the refusals a respondent can meet. */
const REFUSAL_REASONS: Partial<Record<ApiErrorCode, Text>> = {
  invitation_used: {
    fr: "Ce code d'invitation a déjà servi : chaque code ne permet qu'une seule réponse. Si vous pensez que c'est une erreur, demandez un nouveau code à la structure.",
    en: "This invitation code has already been used: each code allows one answer only. If you think this is a mistake, ask the place for a new code.",
  },
  invitation_required: {
    fr: "Ce code d'invitation n'a pas été reconnu. Vérifiez-le (sur le papier qui vous a été remis).",
    en: "This invitation code was not recognised. Check it (on the slip you were given).",
  },
  campaign_not_open: {
    fr: "Le questionnaire a été fermé ou mis en pause entre-temps : vos réponses n'ont pas pu être reçues. Merci du temps que vous y avez consacré.",
    en: "The questionnaire was closed or paused in the meantime: your answers could not be received. Thank you for the time you gave it.",
  },
  campaign_not_found: {
    fr: "Ce questionnaire n'existe plus : vos réponses n'ont pas pu être reçues.",
    en: "This questionnaire no longer exists: your answers could not be received.",
  },
  invalid_answers: {
    fr: "Certaines réponses n'ont pas pu être acceptées (le questionnaire a peut-être changé entre-temps). Vous pouvez le recommencer avec le même lien.",
    en: "Some answers could not be accepted (the questionnaire may have changed in the meantime). You can start again with the same link.",
  },
};

export const words = {
  welcome: {
    title: { fr: "Repères — votre avis sur l'accompagnement", en: "Repères — your view of the support you receive" },
    lead: {
      fr: "Des questionnaires courts et anonymes pour dire ce que l'accompagnement par des pairs vous apporte. Personne ne saura ce que vous avez répondu.",
      en: "Short, anonymous questionnaires to say what peer support brings you. Nobody will know what you answered.",
    },
    haveCode: { fr: "J'ai un code", en: "I have a code" },
    codeLabel: { fr: "Code du questionnaire", en: "Questionnaire code" },
    codeHint: {
      fr: "Il est écrit sur l'affiche ou le papier qui vous a été remis.",
      en: "It is written on the poster or the slip you were given.",
    },
    open: { fr: "Ouvrir le questionnaire", en: "Open the questionnaire" },
    problems: {
      missing: { fr: "Saisissez le code du questionnaire.", en: "Enter the questionnaire code." },
      not_found: {
        fr: "Nous ne trouvons pas de questionnaire avec ce code. Vérifiez-le et réessayez.",
        en: "We cannot find a questionnaire with this code. Check it and try again.",
      },
      offline: {
        fr: "Pas de connexion pour le moment. Vérifiez votre connexion puis réessayez.",
        en: "No connection right now. Check your connection, then try again.",
      },
    },
    observatory: { fr: "L'observatoire", en: "The observatory" },
    observatoryWhat: {
      fr: "les chiffres ouverts de la région, sans aucune réponse individuelle.",
      en: "the region's open figures, without any individual answer.",
    },
    staff: { fr: "Espace des équipes", en: "Staff area" },
    staffWhat: { fr: "pour les structures et les pairs-aidants : se connecter.", en: "for the structures and peer workers: sign in." },
  },

  notice: {
    beforeYouStart: { fr: "Avant de commencer", en: "Before you start" },
    invitationCode: { fr: "Votre code d'invitation", en: "Your invitation code" },
    invitationHint: {
      fr: "Il est écrit sur le papier qui vous a été remis avec ce lien.",
      en: "It is written on the slip you were given with this link.",
    },
    invitationMissing: { fr: "Saisissez votre code d'invitation pour commencer.", en: "Enter your invitation code to start." },
    invitationNotRecognised: {
      fr: "Ce code n'est pas reconnu. Vérifiez chaque lettre : il est écrit sur le papier qui vous a été remis.",
      en: "This code is not recognised. Check each letter: it is written on the slip you were given.",
    },
    checking: { fr: "Vérification du code…", en: "Checking the code…" },
    start: { fr: "Commencer", en: "Start" },
    switchToEasyRead: { fr: "Version facile à lire (FALC)", en: "Easy-to-read version" },
    switchToStandard: { fr: "Version standard", en: "Standard version" },
  },

  questionnaire: {
    pageOf: (current: number, count: number): Text => ({ fr: `Page ${current} sur ${count}`, en: `Page ${current} of ${count}` }),
    keptHere: {
      fr: "Vos réponses restent sur cet appareil, dans cet onglet, jusqu'à l'envoi.",
      en: "Your answers stay on this device, in this tab, until you send them.",
    },
  },

  sending: {
    title: { fr: "Envoi de vos réponses…", en: "Sending your answers…" },
    oneMoment: { fr: "Un instant, s'il vous plaît.", en: "One moment, please." },
  },

  waiting: {
    title: { fr: "Vos réponses sont bien gardées", en: "Your answers are safe" },
    offline: {
      fr: "Il n'y a pas de réseau pour le moment. Vos réponses sont enregistrées sur cet appareil et seront envoyées dès que la connexion reviendra — vous n'avez rien à refaire.",
      en: "There is no network right now. Your answers are saved on this device and will be sent as soon as the connection is back — you have nothing to do again.",
    },
    serverBusy: {
      fr: "Le serveur n'a pas pu les recevoir pour le moment. Elles sont enregistrées sur cet appareil et seront envoyées un peu plus tard — vous n'avez rien à refaire.",
      en: "The server could not receive them just now. They are saved on this device and will be sent a little later — you have nothing to do again.",
    },
    later: {
      fr: "Vous pouvez laisser cette page ouverte, ou revenir plus tard avec le même lien : l'envoi se fera à ce moment-là. Une fois envoyées, elles sont effacées de l'appareil.",
      en: "You can leave this page open, or come back later with the same link: they will be sent then. Once sent, they are erased from the device.",
    },
    retryNow: { fr: "Réessayer maintenant", en: "Try again now" },
  },

  refused: {
    title: { fr: "Vos réponses n'ont pas pu être reçues", en: "Your answers could not be received" },
    /** Why, for the refusals a respondent can meet; any other code gets `otherReason`. */
    reasons: REFUSAL_REASONS,
    otherReason: {
      fr: "Le serveur n'a pas accepté ces réponses. Vous pouvez recommencer avec le même lien.",
      en: "The server did not accept these answers. You can start again with the same link.",
    },
    nothingKept: {
      fr: "Rien de vos réponses n'est resté enregistré sur cet appareil.",
      en: "Nothing of your answers has been left stored on this device.",
    },
    sendWithCode: { fr: "Envoyer avec ce code", en: "Send with this code" },
    /** After a refused invitation code: the answers are still on the device. */
    answersKept: {
      fr: "Vos réponses sont gardées sur cet appareil : vous n'avez rien à refaire. Saisissez un code valable ci-dessous, puis renvoyez-les.",
      en: "Your answers are kept on this device: you have nothing to do again. Enter a valid code below, then send them again.",
    },
  },

  unavailable: {
    reasons: {
      not_found: {
        title: { fr: "Nous ne trouvons pas ce questionnaire", en: "We cannot find this questionnaire" },
        text: {
          fr: "Le lien est peut-être incomplet ou mal recopié. Vérifiez-le, ou demandez-le à nouveau à la structure qui vous l'a donné.",
          en: "The link may be incomplete or mistyped. Check it, or ask the place that gave it to you for it again.",
        },
      },
      closed: {
        title: { fr: "Ce questionnaire est terminé", en: "This questionnaire has ended" },
        text: {
          fr: "Il ne reçoit plus de réponses. Merci de l'intérêt que vous lui portez.",
          en: "It no longer takes answers. Thank you for your interest.",
        },
      },
      paused: {
        title: { fr: "Ce questionnaire est en pause", en: "This questionnaire is paused" },
        text: {
          fr: "La structure a suspendu les réponses pour le moment. Vous pourrez réessayer plus tard avec le même lien.",
          en: "The place running it has paused answers for now. You can try again later with the same link.",
        },
      },
      not_yet_open: {
        title: { fr: "Ce questionnaire n'est pas encore ouvert", en: "This questionnaire is not open yet" },
        text: {
          fr: "Revenez avec le même lien à partir de la date d'ouverture.",
          en: "Come back with the same link from the opening date.",
        },
      },
      offline: {
        title: { fr: "Pas de connexion pour le moment", en: "No connection right now" },
        text: {
          fr: "Le questionnaire n'a pas pu être chargé. Vérifiez votre connexion puis réessayez.",
          en: "The questionnaire could not be loaded. Check your connection, then try again.",
        },
      },
      failed: {
        title: { fr: "Le questionnaire n'a pas pu s'ouvrir", en: "The questionnaire could not open" },
        text: {
          fr: "Un problème de notre côté nous empêche de l'afficher. Réessayez dans quelques minutes.",
          en: "A problem on our side prevents showing it. Please try again in a few minutes.",
        },
      },
    } satisfies Record<Unavailable, { title: Text; text: Text }>,
    opens: { fr: "Ouverture : ", en: "Opens: " },
    retry: { fr: "Réessayer", en: "Try again" },
  },

  results: {
    title: { fr: "Merci, vos réponses sont envoyées", en: "Thank you, your answers have been sent" },
    lead: {
      fr: "Voici ce que vos réponses disent aujourd'hui, thème par thème, sur une échelle de 0 à 100. C'est un reflet de vos réponses, pas une note, ni un jugement, ni un diagnostic. Ces résultats ne sont gardés nulle part sur cet appareil : ils disparaissent quand vous fermez la page, sauf si vous choisissez plus bas de garder un code personnel.",
      en: "Here is what your answers say today, theme by theme, on a scale from 0 to 100. It reflects your answers: it is not a grade, a judgement or a diagnosis. These results are not kept anywhere on this device: they disappear when you close the page, unless you choose below to keep a personal code.",
    },
    noScore: {
      fr: "Pas de score ici : vous avez passé plusieurs questions de ce thème, et c'est tout à fait votre droit.",
      en: "No score here: you skipped several questions on this theme, which is entirely your right.",
    },
    outOf100: { fr: "sur 100", en: "out of 100" },
    yourScoreIs: { fr: "Votre score se situe ", en: "Your score is " },
    /** Where a score sits on its 0–100 scale: a description, never a verdict. */
    lowerPart: { fr: "dans le bas de l'échelle", en: "in the lower part of the scale" },
    middle: { fr: "vers le milieu de l'échelle", en: "around the middle of the scale" },
    upperPart: { fr: "dans le haut de l'échelle", en: "in the upper part of the scale" },
    higherIsBetter: {
      fr: "Pour ce thème, un score plus haut correspond à une situation que les personnes vivent en général comme plus favorable.",
      en: "For this theme, a higher score matches a situation people generally experience as more favourable.",
    },
    lowerIsBetter: {
      fr: "Pour ce thème, c'est l'inverse : un score plus bas correspond à une situation que les personnes vivent en général comme plus favorable.",
      en: "For this theme it is the other way round: a lower score matches a situation people generally experience as more favourable.",
    },
  },

  /** The personal code and the comparison with last time (journey-section.tsx): kind words, no verdict. */
  journey: {
    title: { fr: "Suivre votre parcours dans le temps", en: "Follow your path over time" },
    intro: {
      fr: "Si vous le souhaitez, vous pouvez garder un code personnel de six mots. La prochaine fois, en le saisissant, vous verrez comment vos réponses ont bougé depuis la dernière fois, thème par thème. Personne d'autre ne peut relier vos réponses entre elles, ni la structure, ni l'équipe de Repères : votre historique est chiffré sur votre appareil avec ce code, que vous seul·e connaissez.",
      en: "If you wish, you can keep a personal code of six words. Next time, by typing it in, you will see how your answers have moved since last time, theme by theme. Nobody else can link your answers together, neither the place nor the Repères team: your history is encrypted on your device with this code, which only you know.",
    },
    haveCode: { fr: "J'ai déjà un code personnel", en: "I already have a personal code" },
    createCode: { fr: "Créer un code personnel", en: "Create a personal code" },
    lossWarning: {
      fr: "Important : si vous perdez ce code, votre historique est perdu. Personne ne peut le retrouver pour vous, pas même la structure ou l'équipe de Repères, car personne d'autre ne le connaît.",
      en: "Important: if you lose this code, your history is lost. Nobody can find it again for you, not even the place or the Repères team, because nobody else knows it.",
    },
    confirmCreate: { fr: "J'ai compris, créer mon code", en: "I understand, create my code" },
    noThanks: { fr: "Non merci", en: "No thank you" },
    codeLabel: { fr: "Votre code personnel (six mots)", en: "Your personal code (six words)" },
    codeHint: {
      fr: "Les accents, les majuscules et les tirets ne comptent pas.",
      en: "Accents, capital letters and dashes do not matter.",
    },
    compare: { fr: "Voir l'évolution", en: "See how things moved" },
    working: { fr: "Un instant, votre code est en train d'ouvrir votre historique…", en: "One moment, your code is opening your history…" },
    wordCount: { fr: "Un code personnel compte six mots.", en: "A personal code has six words." },
    unknownWords: (list: string): Text => ({
      fr: `Ces mots ne font pas partie des mots des codes : ${list}. Vérifiez-les.`,
      en: `These words are not among the code words: ${list}. Check them.`,
    }),
    notFound: {
      fr: "Aucun historique ne correspond à ce code. Vérifiez les six mots. Vous pouvez aussi créer un nouveau code.",
      en: "No history matches this code. Check the six words. You can also create a new code.",
    },
    yourCode: { fr: "Votre code personnel", en: "Your personal code" },
    keepIt: {
      fr: "Notez ces six mots sur un papier ou prenez-les en photo. Le QR code contient les mêmes mots : votre téléphone peut le lire plus tard.",
      en: "Write these six words down or take a photo of them. The QR code holds the same words: your phone can read it later.",
    },
    qrAlt: { fr: "QR code contenant les six mots de votre code personnel", en: "QR code holding the six words of your personal code" },
    saved: {
      fr: "Votre historique est gardé sur cet appareil et, chiffré, sur le serveur, pour le retrouver depuis un autre appareil avec votre code.",
      en: "Your history is kept on this device and, encrypted, on the server, so you can find it from another device with your code.",
    },
    savedOffline: {
      fr: "Pas de réseau pour l'instant : votre historique est gardé sur cet appareil et sera envoyé dès le retour de la connexion.",
      en: "No network for now: your history is kept on this device and will be sent as soon as the connection is back.",
    },
    comparisonTitle: { fr: "Vous aujourd'hui, par rapport à la dernière fois", en: "You now, compared with last time" },
    lastTime: (day: string): Text => ({ fr: `La dernière fois, c'était le ${day}.`, en: `Last time was on ${day}.` }),
    higher: (before: number, now: number): Text => ({
      fr: `Plus haut que la dernière fois : ${before} puis ${now} sur 100.`,
      en: `Higher than last time: ${before} then ${now} out of 100.`,
    }),
    lower: (before: number, now: number): Text => ({
      fr: `Plus bas que la dernière fois : ${before} puis ${now} sur 100.`,
      en: `Lower than last time: ${before} then ${now} out of 100.`,
    }),
    aboutTheSame: (before: number, now: number): Text => ({
      fr: `À peu près pareil que la dernière fois : ${before} puis ${now} sur 100.`,
      en: `About the same as last time: ${before} then ${now} out of 100.`,
    }),
    firstTime: {
      fr: "Pas encore de comparaison pour ce thème : ce sera possible la prochaine fois.",
      en: "No comparison for this theme yet: it will be possible next time.",
    },
    noScore: {
      fr: "Pas de score pour ce thème cette fois-ci, et c'est tout à fait votre droit.",
      en: "No score for this theme this time, which is entirely your right.",
    },
    kindNote: {
      fr: "Les choses bougent au fil du temps, dans un sens comme dans l'autre, et c'est normal. Ce n'est pas une note. Si vous le souhaitez, vous pouvez en parler avec un·e pair-aidant·e ou avec l'équipe qui vous accompagne.",
      en: "Things move over time, one way or the other, and that is normal. It is not a grade. If you wish, you can talk about it with a peer worker or with the team supporting you.",
    },
    firstVisit: {
      fr: "C'est le début de votre historique : la prochaine fois, avec ce code, vous verrez l'évolution.",
      en: "This is the start of your history: next time, with this code, you will see how things moved.",
    },
    changeCode: { fr: "Changer de code", en: "Change my code" },
    codeChanged: {
      fr: "Voici votre nouveau code. L'ancien ne fonctionne plus.",
      en: "Here is your new code. The old one no longer works.",
    },
    deleteHistory: { fr: "Supprimer mon historique", en: "Delete my history" },
    confirmDelete: {
      fr: "Supprimer votre historique de cet appareil et du serveur ? C'est définitif.",
      en: "Delete your history from this device and from the server? This cannot be undone.",
    },
    confirmDeleteButton: { fr: "Oui, supprimer", en: "Yes, delete" },
    deleted: {
      fr: "Votre historique est supprimé, de cet appareil et du serveur. Votre code ne sert plus à rien.",
      en: "Your history is deleted, from this device and from the server. Your code no longer opens anything.",
    },
    failed: {
      fr: "Cela n'a pas fonctionné. Vous pouvez réessayer dans un moment.",
      en: "That did not work. You can try again in a moment.",
    },
  },

  help: {
    title: { fr: "Si vous avez besoin de parler à quelqu'un", en: "If you need to talk to someone" },
    line3114: {
      fr: "numéro national de prévention du suicide : gratuit, 24 h/24 et 7 j/7, pour vous ou pour un proche.",
      en: "the French national suicide prevention line: free, 24/7, for you or someone close to you.",
    },
    psycom: {
      fr: "de l'information claire sur la santé mentale, les soins et les droits, et des adresses près de chez vous.",
      en: "clear information on mental health, care and rights, and places to turn to near you (in French).",
    },
    namedTeam: (structureName: string): Text => ({
      fr: `L'équipe de ${structureName} : vous pouvez lui parler de ce que ce questionnaire a soulevé pour vous.`,
      en: `The team at ${structureName}: you can talk to them about anything this questionnaire brought up.`,
    }),
    team: {
      fr: "L'équipe de la structure qui vous a proposé ce questionnaire : vous pouvez lui en parler.",
      en: "The team of the place that offered you this questionnaire: you can talk to them about it.",
    },
    emergency: { fr: "En cas d'urgence vitale, appelez le 15 ou le 112.", en: "In a life-threatening emergency, call 15 or 112." },
  },
};
