
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "CommendationSubject": [
      "Household",
      "Person",
      "Unit"
    ],
    "Node": [
      "ApiToken",
      "AwardType",
      "BallotParticipation",
      "BallotSession",
      "Bloc",
      "BlocLeader",
      "BlocMembership",
      "BlocYearRole",
      "ChangeEvent",
      "Commendation",
      "CommendationTally",
      "Comment",
      "Covenant",
      "CovenantCriterion",
      "CovenantSignature",
      "Decision",
      "Event",
      "Household",
      "Movement",
      "Person",
      "PersonAffiliation",
      "Unit",
      "UnitLineage",
      "User"
    ],
    "Versioned": [
      "ApiToken",
      "AwardType",
      "BallotParticipation",
      "BallotSession",
      "Bloc",
      "BlocLeader",
      "BlocMembership",
      "BlocYearRole",
      "Commendation",
      "CommendationTally",
      "Comment",
      "Covenant",
      "CovenantCriterion",
      "CovenantSignature",
      "Decision",
      "Event",
      "Household",
      "Movement",
      "Person",
      "PersonAffiliation",
      "Unit",
      "UnitLineage",
      "User"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "CommendationSubject": [
      "Household",
      "Person",
      "Unit"
    ],
    "Node": [
      "ApiToken",
      "AwardType",
      "BallotParticipation",
      "BallotSession",
      "Bloc",
      "BlocLeader",
      "BlocMembership",
      "BlocYearRole",
      "ChangeEvent",
      "Commendation",
      "CommendationTally",
      "Comment",
      "Covenant",
      "CovenantCriterion",
      "CovenantSignature",
      "Decision",
      "Event",
      "Household",
      "Movement",
      "Person",
      "PersonAffiliation",
      "Unit",
      "UnitLineage",
      "User"
    ],
    "Versioned": [
      "ApiToken",
      "AwardType",
      "BallotParticipation",
      "BallotSession",
      "Bloc",
      "BlocLeader",
      "BlocMembership",
      "BlocYearRole",
      "Commendation",
      "CommendationTally",
      "Comment",
      "Covenant",
      "CovenantCriterion",
      "CovenantSignature",
      "Decision",
      "Event",
      "Household",
      "Movement",
      "Person",
      "PersonAffiliation",
      "Unit",
      "UnitLineage",
      "User"
    ]
  }
};
      export default result;
    