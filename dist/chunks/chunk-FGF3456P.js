import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  code,
  table,
  text
} from "./chunk-VOBVRTXH.js";

// src/report/promotion-report.ts
var ACTION_WORDS = {
  reuse: "reuse",
  create: "create",
  update: "update in place"
};
function destinations(plan) {
  return plan.distribution.distributions.map((distribution) => {
    const permission = distribution.amiDistributionConfiguration?.launchPermission;
    return {
      region: distribution.region ?? "",
      amiName: distribution.amiDistributionConfiguration?.name ?? "",
      sharedWith: [
        ...permission?.userIds ?? [],
        ...permission?.organizationArns ?? [],
        ...permission?.organizationalUnitArns ?? []
      ],
      ssmParameters: (distribution.ssmParameterConfigurations ?? []).map(
        (parameter) => parameter.parameterName ?? ""
      ),
      launchTemplates: (distribution.launchTemplateConfigurations ?? []).map(
        (template) => template.launchTemplateId ?? ""
      )
    };
  });
}
function sourceName(plan) {
  return `${plan.source.name ?? ""} ${plan.source.version ?? ""}`.trim();
}
function promotionLines(plan) {
  const { distribution } = plan;
  return [
    `Promotion of ${sourceName(plan)} (${plan.source.arn}) in ${plan.region}, without a rebuild:`,
    `  ${ACTION_WORDS[distribution.action] ?? distribution.action} distribution configuration ${distribution.name}`,
    ...destinations(plan).map((destination) => {
      const extras = [
        destination.sharedWith.length > 0 && `shared with ${destination.sharedWith.join(", ")}`,
        ...destination.ssmParameters.map((name) => `SSM parameter ${name}`),
        ...destination.launchTemplates.map((id) => `launch template ${id}`)
      ].filter(Boolean);
      return `  to ${destination.region}${extras.length > 0 ? ` (${extras.join("; ")})` : ""}`;
    })
  ];
}
function promotionSection(plan) {
  const { distribution } = plan;
  const about = [
    `Image ${text(sourceName(plan))} ${code(plan.source.arn)}, distributed without a rebuild.`,
    `Distribution configuration ${text(distribution.name)}: ${text(ACTION_WORDS[distribution.action] ?? distribution.action)}${distribution.arn ? ` ${code(distribution.arn)}` : ""}.`
  ].join("<br>");
  const rows = destinations(plan).map((destination) => [
    text(destination.region),
    text(destination.amiName),
    destination.sharedWith.map((target) => code(target)).join("<br>"),
    destination.ssmParameters.map((name) => code(name)).join("<br>"),
    destination.launchTemplates.map((id) => code(id)).join("<br>")
  ]);
  return `### Promotion
${table(["Region", "AMI name", "Shared with", "SSM parameter", "Launch templates"], rows)}

${about}`;
}
function promotionOutput(plan) {
  const { source, distribution } = plan;
  return JSON.stringify({
    region: plan.region,
    sourceImage: { arn: source.arn, name: source.name, version: source.version },
    distributionConfiguration: {
      name: distribution.name,
      action: distribution.action,
      ...distribution.arn ? { arn: distribution.arn } : {},
      regions: distribution.distributions.map((entry) => entry.region)
    }
  });
}

export {
  promotionLines,
  promotionSection,
  promotionOutput
};
