/** The security-incident checklist's steps, in order (S1–S14) and the communication rules that run through them. */
export const CHECKLIST_STEP_IDS = [
  "S1",
  "S2",
  "S3",
  "S4",
  "S5",
  "S6",
  "S7",
  "S8",
  "S9",
  "S10",
  "S11",
  "S12",
  "S13",
  "S14",
  "COMMS",
] as const;
export type ChecklistStepId = (typeof CHECKLIST_STEP_IDS)[number];

export interface ChecklistStep {
  id: ChecklistStepId;
  title: string;
  summary: string;
  lines: string[];
  delegateTo?: string;
}

/** The Elimu Informatics security-incident checklist as data: the one source engine, scoring and report cite. */
export const CHECKLIST: readonly ChecklistStep[] = [
  {
    id: "S1",
    title: "Stop the attack in progress",
    summary: "Stop the attack as quickly as you can, via any means necessary.",
    lines: [
      "Shutdown the instance from the provider console (do not delete or terminate if you can help it, as we'll need to do forensics).",
      "Re-instate our default iptables rules to restrict traffic.",
      "kill -9 any active session you think is an attacker.",
      "Change root password, and update /etc/shadow to lock out all other users.",
      "sudo shutdown now",
    ],
  },
  {
    id: "S2",
    title: "Cut off the attack vector",
    summary:
      "Identify the likely attack vectors and path/fix them so they cannot be re-exploited immediately after stopping the attack.",
    lines: [
      "If you suspect a third-party provider is compromised, delete all accounts except your own (and those of others who are physically present) and immediately rotate your password and MFA tokens.",
      "If you suspect a service application was an attack vector, disable any relevant code paths, or shut down the service entirely.",
    ],
  },
  {
    id: "S3",
    title: "Assemble the response team",
    summary:
      "Identify the key responders for the security incident, and keep them all in the loop. Set up a secure method of communicating all information associated with the incident.",
    lines: [
      "Page an Incident Commander if not already done so.",
      "Give the project an innocuous codename that can be used for chats/documents so if anyone overhears they don't realize it's a security incident.",
      "Start the voice call if not already in progress.",
      "Setup chat room using the codename of the incident.",
      "Invite all responders to the voice call and chat room.",
      "The security team should always be included.",
      "A representative for any affected services should be included.",
      "Executive stakeholders and legal counsel should be invited at earliest possible opportunity, but prioritize operational responders first.",
      "Do not communicate with anyone not on the response team about the incident until forensics has been performed. The attack could be happening internally.",
      'Prefix all emails, and chat topics with "Attorney Work Project".',
    ],
  },
  {
    id: "S4",
    title: "Isolate affected instances",
    summary:
      "Any instances which were affected by the attack should be immediately isolated from any other instances. As soon as possible, an image of the system should be taken and put into a read-only cold storage for later forensic analysis.",
    lines: [
      "Blacklist the IP addresses for any affected instances from all other hosts.",
      "Turn off and shutdown the instances immediately if you didn't do that to stop the attack.",
      "Take a disk image for any disks attached to the instances, and ship them to an off-site cold storage location. You should make sure these images are read-only and cannot be tampered with.",
    ],
  },
  {
    id: "S5",
    title: "Identify timeline of attack",
    summary:
      "Work with all tools at your disposal to identify the timeline of the attack, along with exactly what the attacker did.",
    lines: [
      "Any reconnaissance the attacker performed on the system before the attack started.",
      "When the attacker gained access to the system.",
      "What actions the attacker performed on the system, and when.",
      "Identify how long the attacker had access to the system before they were detected, and before they were kicked out.",
      "Identify any queries the attacker ran on databases.",
      "Try to identify if the attacker still has access to the system via another back door. Monitor logs for unusual activity, etc.",
    ],
  },
  {
    id: "S6",
    title: "Identify compromised data",
    summary:
      "Using forensic analysis of log files, time-series graphs, and any other information/tools at your disposal, attempt to identify what information was compromised (if any).",
    lines: [
      "Identify any data that was compromised during the attack.",
      "Was any data exfiltrated from a database?",
      "What keys were on the system that are now considering compromised?",
      "Was the attacker able to identify other components of the system (map out the network, etc).",
      "Find exactly what customer data has been compromised, if any.",
    ],
  },
  {
    id: "S7",
    title: "Assess risk to other systems",
    summary: "Based on the data that was compromised, assess the risk to other systems.",
    lines: [
      "Does the attacker have enough information to find another way in?",
      "Were any passwords or keys stored on the host? If so, they should be considered compromised, regardless of how they were stored.",
      "Any user accounts that were used in the initial attack should rotate all of their keys and passwords on every other system they have an account.",
    ],
  },
  {
    id: "S8",
    title: "Assess risk of re-attack",
    summary: "Assess whether the attacker can come back the same way or another way.",
    lines: ["Try to identify if the attacker still has access to the system via another back door."],
  },
  {
    id: "S9",
    title: "Apply additional mitigations and monitoring",
    summary: "Start applying mitigations to other parts of your system.",
    lines: [
      "Rotate any compromised data.",
      "Identify any new alerting which is needed to notify of a similar breach.",
      "Block any IP addresses associated with the attack.",
      "Identify any keys/credentials that are compromised and revoke their access immediately.",
    ],
  },
  {
    id: "S10",
    title: "Forensic analysis of compromised systems",
    summary:
      "Once you are confident the systems are secured, and enough monitoring is in place to detect another attack, you can move onto the forensic analysis stage.",
    lines: [
      "Take any read-only images you created, any access logs you have, and comb through them for more information about the attack.",
      "Identify exactly what happened, how it happened, and how to prevent it in future.",
      "Keep track of all IP addresses involved in the attack.",
      "Monitor logs for any attempt to regain access to the system by the attacker.",
    ],
  },
  {
    id: "S11",
    title: "Internal communication",
    summary:
      "Communicate internally only once you are confident (via forensic analysis) that the attack was not sourced internally.",
    delegateTo: "VP or Director of Engineering",
    lines: [
      "Don't go into too much detail.",
      "Overview the timeline.",
      "Discuss mitigation steps taken.",
      "Follow up with more information once it is known.",
    ],
  },
  {
    id: "S12",
    title: "Involve law enforcement",
    summary:
      "Work with law enforcement to identify the source of the attack, letting any system owners know that systems under their control may be compromised, etc.",
    delegateTo: "VP or Director of Engineering",
    lines: [
      "Contact local law enforcement.",
      "Contact FBI.",
      "Contact operators for any systems used in the attack, their systems may also have been compromised.",
      "Contact security companies to help in assessing risk and any PR next steps.",
      "Contact cyber insurance provider.",
    ],
  },
  {
    id: "S13",
    title: "Reach out to external parties that may have been used as vector for attack",
    summary: "Tell external parties whose systems may have been used as the vector of the attack.",
    lines: ["Reach out to external parties that may have been used as vector for attack."],
  },
  {
    id: "S14",
    title: "External communication",
    summary:
      "Once you have validated all of the information you have is accurate, have a timeline of events, and know exactly what information was compromised, how it was compromised, and sure that it won't happen again. Only then should you prepare and release a public statement to customers.",
    delegateTo: "Marketing Team",
    lines: [
      "Include the date in the title of any announcement, so that it's never confused for a potential new breach.",
      'Don\'t say "We take security very seriously". It makes everyone cringe when they read it.',
      "Be honest, accept responsibility, and present the facts, along with exactly how we plan to prevent such things in future.",
      "Be as detailed as possible with the timeline.",
      "Be as detailed as possible in what information was compromised, and how it affects customers. If we were storing something we shouldn't have been, be honest about it.",
      "Don't name and shame any external parties that might have caused the compromise. It's bad form. (Unless they've already publicly disclosed, in which case we can link to their disclosure).",
      "Release the external communication as soon as possible, preferably within a few days of the compromise. The longer we wait, the worse it will be.",
      "If possible, get in touch with customers' internal security teams before the general public notice is sent.",
    ],
  },
  {
    id: "COMMS",
    title: "Communication rules",
    summary: "How responders talk to each other and to anyone else during an incident.",
    lines: [
      "Prefer voice call and Slack over any other methods.",
      "Avoid email, but if you absolutely need to for some reason,",
      'Subject of emails should be "Attorney Work Project" and nothing else.',
      "If email chain has ANY contacts not with the @elimu.io domain, make sure your emails are encrypted.",
      "Do not use SMS to communicate about the incident.",
      'The only exception is to tell someone to move to a more secure channel. e.g. "Please join Slack ASAP".',
      "Do not disseminate anything about the incident to those outside the response team until you have approval to do so.",
    ],
  },
];

/** Returns the checklist step with the given id; throws only on a programming error (unknown id). */
export function checklistStep(id: ChecklistStepId): ChecklistStep {
  const step = CHECKLIST.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`unknown checklist step ${id}`);
  return step;
}
