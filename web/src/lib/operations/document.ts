// The document page's skill re-run operations, as typed documents: lib/document/rerun-operations.ts
// sends them, and the gateway's limits test checks them.
import { graphql } from '#graphql';

export const SKILLS_QUERY = graphql(`
  query RerunSkillOptions {
    skills {
      name
      version
      description
      default
    }
  }
`);

export const RERUN_MUTATION = graphql(`
  mutation RerunDocumentSkills($documentIds: [ID!], $skills: [String!]!) {
    rerunSkills(documentIds: $documentIds, skills: $skills) {
      id
    }
  }
`);
