/* global AdaptiveCards */
'use strict';

// The cards avoid markdown on purpose (renderers differ), so this host shows text as plain text. Saying so
// explicitly also keeps the renderer from warning that no markdown processor is installed.
AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
  const escaped = document.createElement('span');
  escaped.textContent = text;
  result.outputHtml = escaped.innerHTML;
  result.didProcess = true;
};

// Renders one card with Microsoft's renderer and reports what it complained about and what it shows.
window.renderSample = function renderSample(json, hostConfig) {
  const host = document.getElementById('host');
  host.innerHTML = '';
  const card = new AdaptiveCards.AdaptiveCard();
  card.hostConfig = new AdaptiveCards.HostConfig(hostConfig);
  const context = new AdaptiveCards.SerializationContext();
  card.parse(json, context);
  const events = [];
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    events.push({ phase: 'parse', event: AdaptiveCards.ValidationEvent[e.event], message: e.message });
  }
  for (const e of card.validateProperties().validationEvents) {
    events.push({ phase: 'validate', event: AdaptiveCards.ValidationEvent[e.event], message: e.message });
  }
  const element = card.render();
  if (!element) {
    return { events, rendered: false, text: '', overflow: false };
  }
  host.appendChild(element);
  // Action.ShowCard content is part of what a person can read: open every folded card, as a click would.
  for (const button of element.querySelectorAll('button[aria-expanded="false"]')) button.click();
  return {
    events,
    rendered: true,
    text: element.innerText,
    overflow: element.scrollWidth > element.clientWidth + 1,
    actions: card.getActionCount(),
  };
};
