const root = document.getElementById("app");
if (root) {
  root.replaceChildren();
  const heading = document.createElement("h1");
  heading.textContent = "Hotwash";
  const tagline = document.createElement("p");
  tagline.textContent = "Incident-response drills against the Elimu Informatics checklist.";
  root.append(heading, tagline);
}
