// The usage query (api/src/main/resources/graphql/usage.graphqls): sign-ins, searches and person views per day and
// team, counted from the audit trail. Team managers get their own team's only.

import { graphql } from "../api";

export interface UsageCount {
  day: string;
  team: string | null;
  signIns: number;
  searches: number;
  personViews: number;
}

export interface Usage {
  from: string;
  to: string;
  team: string | null;
  teams: string[];
  days: UsageCount[];
  byDayAndTeam: UsageCount[];
}

export async function usage(from: string, to: string, team: string | null): Promise<Usage> {
  const data = await graphql<{ usage: Usage }>(
    `query Usage($from: String!, $to: String!, $team: String) {
      usage(from: $from, to: $to, team: $team) {
        from to team teams
        days { day signIns searches personViews }
        byDayAndTeam { day team signIns searches personViews }
      }
    }`,
    { from, to, team },
  );
  return data.usage;
}
