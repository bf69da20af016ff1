// The document page's skill re-run operations. Pure text: lib/document/rerun-operations.ts sends
// them, and the limits test checks them.

export const SKILLS_QUERY = /* GraphQL */ `
  query RerunSkillOptions {
    skills {
      name
      version
      description
      default
    }
  }
`;

export const RERUN_MUTATION = /* GraphQL */ `
  mutation RerunDocumentSkills($documentIds: [ID!], $skills: [String!]!) {
    rerunSkills(documentIds: $documentIds, skills: $skills) {
      id
    }
  }
`;
