// This file is generated from openapi.yaml by scripts/generate-openapi.js; do not edit.

export const spec = {
  "openapi": "3.1.0",
  "info": {
    "title": "ai-approval",
    "version": "1",
    "description": "Compliance of AI-assisted changes with the senior-approval rule, per catalog entity and for the whole organisation.",
    "license": {
      "name": "Apache-2.0",
      "url": "http://www.apache.org/licenses/LICENSE-2.0.html"
    },
    "contact": {}
  },
  "servers": [
    {
      "url": "/"
    }
  ],
  "components": {
    "parameters": {
      "kind": {
        "name": "kind",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string"
        }
      },
      "namespace": {
        "name": "namespace",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string"
        }
      },
      "name": {
        "name": "name",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string"
        }
      },
      "days": {
        "name": "days",
        "in": "query",
        "description": "The window: from Monday 00:00 UTC of the week that holds the moment this many days ago, up to now (1-730, default 90). Every windowed answer says which Monday in `since`.",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 730,
          "default": 90
        }
      },
      "limit": {
        "name": "limit",
        "in": "query",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 500
        }
      },
      "offset": {
        "name": "offset",
        "in": "query",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 0
        }
      },
      "changeId": {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "pattern": "^[0-9]{1,18}$"
        }
      }
    },
    "schemas": {
      "WindowDays": {
        "type": "integer",
        "description": "The days asked for; the window reaches back at least this far."
      },
      "WindowSince": {
        "type": "string",
        "format": "date",
        "description": "The first day counted, a Monday; the window starts at 00:00 UTC that day."
      },
      "WindowUntil": {
        "type": "string",
        "format": "date-time",
        "description": "The end of the window, the time the answer was made."
      },
      "Error": {
        "type": "object",
        "properties": {
          "error": {
            "type": "object",
            "properties": {
              "name": {
                "type": "string"
              },
              "message": {
                "type": "string"
              }
            },
            "required": [
              "name",
              "message"
            ],
            "additionalProperties": false
          }
        },
        "required": [
          "error"
        ],
        "additionalProperties": false
      },
      "RepositorySyncStatus": {
        "type": "object",
        "properties": {
          "source": {
            "type": "string",
            "enum": [
              "github",
              "git"
            ]
          },
          "host": {
            "type": "string"
          },
          "slug": {
            "type": "string"
          },
          "url": {
            "type": "string"
          },
          "lastSyncAt": {
            "type": "string"
          },
          "lastSuccessAt": {
            "type": "string"
          },
          "lastError": {
            "type": "string"
          },
          "lastErrorAt": {
            "type": "string"
          },
          "rateLimitedUntil": {
            "type": "string"
          },
          "historySince": {
            "type": "string",
            "description": "Where the repository's history starts (the backfill horizon of its first sync); changes merged before it were never read."
          },
          "lastEventAt": {
            "type": "string",
            "description": "When the last GitHub webhook event for the repository arrived, when one did."
          },
          "statusCheckError": {
            "type": "string",
            "description": "Why the senior sign-off status check could not be posted to the repository, when status checks are on and it could not."
          },
          "pointsSpent": {
            "type": "integer"
          },
          "requestsMade": {
            "type": "integer"
          }
        },
        "required": [
          "source",
          "host",
          "slug",
          "pointsSpent",
          "requestsMade"
        ],
        "additionalProperties": false
      },
      "EntitySummary": {
        "type": "object",
        "properties": {
          "totalChanges": {
            "type": "integer"
          },
          "aiChanges": {
            "type": "integer"
          },
          "approved": {
            "type": "integer"
          },
          "exempt": {
            "type": "integer"
          },
          "unapproved": {
            "type": "integer"
          },
          "compliance": {
            "type": [
              "number",
              "null"
            ]
          },
          "aiShare": {
            "type": [
              "number",
              "null"
            ]
          },
          "entityRef": {
            "type": "string"
          },
          "windowDays": {
            "$ref": "#/components/schemas/WindowDays"
          },
          "since": {
            "$ref": "#/components/schemas/WindowSince"
          },
          "until": {
            "$ref": "#/components/schemas/WindowUntil"
          },
          "weekly": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "weekStart": {
                  "type": "string"
                },
                "totalChanges": {
                  "type": "integer"
                },
                "aiChanges": {
                  "type": "integer"
                },
                "compliantChanges": {
                  "type": "integer"
                }
              },
              "required": [
                "weekStart",
                "totalChanges",
                "aiChanges",
                "compliantChanges"
              ],
              "additionalProperties": false
            }
          },
          "repositories": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/RepositorySyncStatus"
            }
          },
          "open": {
            "$ref": "#/components/schemas/OpenChangeCounts"
          }
        },
        "required": [
          "totalChanges",
          "aiChanges",
          "approved",
          "exempt",
          "unapproved",
          "compliance",
          "aiShare",
          "entityRef",
          "windowDays",
          "since",
          "until",
          "weekly",
          "repositories",
          "open"
        ],
        "additionalProperties": false
      },
      "ScorecardRow": {
        "type": "object",
        "properties": {
          "totalChanges": {
            "type": "integer"
          },
          "aiChanges": {
            "type": "integer"
          },
          "approved": {
            "type": "integer"
          },
          "exempt": {
            "type": "integer"
          },
          "unapproved": {
            "type": "integer"
          },
          "compliance": {
            "type": [
              "number",
              "null"
            ]
          },
          "aiShare": {
            "type": [
              "number",
              "null"
            ]
          },
          "ref": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "entityCount": {
            "type": "integer"
          },
          "trend": {
            "type": "array",
            "items": {
              "type": [
                "number",
                "null"
              ]
            }
          },
          "waiting": {
            "type": "integer",
            "description": "Open AI-assisted pull requests waiting for a senior now (not windowed)."
          }
        },
        "required": [
          "totalChanges",
          "aiChanges",
          "approved",
          "exempt",
          "unapproved",
          "compliance",
          "aiShare",
          "ref",
          "entityCount",
          "waiting"
        ],
        "additionalProperties": false
      },
      "ScorecardResponse": {
        "type": "object",
        "properties": {
          "groupBy": {
            "type": "string",
            "enum": [
              "owner",
              "system",
              "entity"
            ]
          },
          "windowDays": {
            "$ref": "#/components/schemas/WindowDays"
          },
          "since": {
            "$ref": "#/components/schemas/WindowSince"
          },
          "until": {
            "$ref": "#/components/schemas/WindowUntil"
          },
          "totalCount": {
            "type": "integer"
          },
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ScorecardRow"
            }
          }
        },
        "required": [
          "groupBy",
          "windowDays",
          "since",
          "until",
          "totalCount",
          "items"
        ],
        "additionalProperties": false
      },
      "Evidence": {
        "type": "object",
        "properties": {
          "signal": {
            "type": "string"
          },
          "tool": {
            "type": "string"
          },
          "source": {
            "type": "string"
          },
          "commitSha": {
            "type": "string"
          },
          "line": {
            "type": "string"
          },
          "confidence": {
            "type": "string"
          },
          "aiLineShare": {
            "type": "number",
            "description": "share of the commit's added lines that AI wrote (0 to 1), from line attribution"
          }
        },
        "required": [
          "signal",
          "source",
          "line",
          "confidence"
        ],
        "additionalProperties": false
      },
      "Approver": {
        "type": "object",
        "properties": {
          "identity": {
            "type": "string"
          },
          "senior": {
            "type": "boolean"
          },
          "ineligible": {
            "type": "string"
          },
          "commitSha": {
            "type": "string"
          },
          "submittedAt": {
            "type": "string"
          }
        },
        "required": [
          "identity",
          "senior"
        ],
        "additionalProperties": false
      },
      "Exemption": {
        "type": "object",
        "properties": {
          "by": {
            "type": "string"
          },
          "reason": {
            "type": "string"
          },
          "at": {
            "type": "string"
          }
        },
        "required": [
          "by",
          "reason",
          "at"
        ],
        "additionalProperties": false
      },
      "Override": {
        "type": "object",
        "properties": {
          "aiAssisted": {
            "type": "boolean"
          },
          "by": {
            "type": "string"
          },
          "reason": {
            "type": "string"
          },
          "at": {
            "type": "string"
          }
        },
        "required": [
          "aiAssisted",
          "by",
          "reason"
        ],
        "additionalProperties": false
      },
      "ChangeRow": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "repository": {
            "type": "string"
          },
          "kind": {
            "type": "string"
          },
          "number": {
            "type": "integer"
          },
          "title": {
            "type": "string"
          },
          "url": {
            "type": "string"
          },
          "author": {
            "type": "string"
          },
          "mergedAt": {
            "type": "string"
          },
          "aiAssisted": {
            "type": "boolean"
          },
          "confidence": {
            "type": "string"
          },
          "evidence": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Evidence"
            }
          },
          "verdict": {
            "type": [
              "string",
              "null"
            ]
          },
          "compliant": {
            "type": [
              "boolean",
              "null"
            ]
          },
          "reasons": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "approvers": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Approver"
            }
          },
          "exemption": {
            "$ref": "#/components/schemas/Exemption"
          },
          "override": {
            "$ref": "#/components/schemas/Override"
          }
        },
        "required": [
          "id",
          "repository",
          "kind",
          "title",
          "mergedAt",
          "aiAssisted",
          "confidence",
          "evidence",
          "verdict",
          "compliant",
          "reasons",
          "approvers"
        ],
        "additionalProperties": false
      },
      "CatalogPerson": {
        "type": "object",
        "description": "The catalog User a login or e-mail belongs to.",
        "properties": {
          "userRef": {
            "type": "string"
          },
          "displayName": {
            "type": "string"
          }
        },
        "required": [
          "userRef"
        ],
        "additionalProperties": false
      },
      "ChangeListResponse": {
        "type": "object",
        "properties": {
          "windowDays": {
            "$ref": "#/components/schemas/WindowDays"
          },
          "since": {
            "$ref": "#/components/schemas/WindowSince"
          },
          "until": {
            "$ref": "#/components/schemas/WindowUntil"
          },
          "totalCount": {
            "type": "integer"
          },
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ChangeRow"
            }
          },
          "people": {
            "type": "object",
            "description": "The catalog Users that the authors and approvers of the items belong to, keyed by the login or e-mail exactly as the items give it; people the catalog does not know are left out.",
            "additionalProperties": {
              "$ref": "#/components/schemas/CatalogPerson"
            }
          }
        },
        "required": [
          "windowDays",
          "since",
          "until",
          "totalCount",
          "items",
          "people"
        ],
        "additionalProperties": false
      },
      "ReviewerLoad": {
        "type": "object",
        "properties": {
          "reviewer": {
            "type": "string"
          },
          "userRef": {
            "type": "string"
          },
          "displayName": {
            "type": "string"
          },
          "senior": {
            "type": "boolean"
          },
          "aiReviews": {
            "type": "integer"
          },
          "seniorApprovals": {
            "type": "integer"
          },
          "medianHoursToApproval": {
            "type": [
              "number",
              "null"
            ]
          },
          "share": {
            "type": "number"
          },
          "waiting": {
            "type": "integer",
            "description": "Open AI-assisted pull requests that request this senior and wait for their approval of the head, now."
          },
          "oldestWaitingSince": {
            "type": "string",
            "format": "date-time"
          }
        },
        "required": [
          "reviewer",
          "senior",
          "aiReviews",
          "seniorApprovals",
          "medianHoursToApproval",
          "share",
          "waiting"
        ],
        "additionalProperties": false
      },
      "ReviewerLoadResponse": {
        "type": "object",
        "properties": {
          "windowDays": {
            "$ref": "#/components/schemas/WindowDays"
          },
          "since": {
            "$ref": "#/components/schemas/WindowSince"
          },
          "until": {
            "$ref": "#/components/schemas/WindowUntil"
          },
          "totalSeniorApprovals": {
            "type": "integer"
          },
          "totalWaiting": {
            "type": "integer",
            "description": "Open AI-assisted pull requests waiting for a senior in the scope, now."
          },
          "oldestWaitingSince": {
            "type": "string",
            "format": "date-time"
          },
          "waitWarningWorkingDays": {
            "type": "number"
          },
          "waitWarning": {
            "type": "boolean",
            "description": "Whether the oldest wait is longer than waitWarningWorkingDays working days."
          },
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ReviewerLoad"
            }
          }
        },
        "required": [
          "windowDays",
          "since",
          "until",
          "totalSeniorApprovals",
          "totalWaiting",
          "waitWarningWorkingDays",
          "waitWarning",
          "items"
        ],
        "additionalProperties": false
      },
      "OpenChangeState": {
        "type": "string",
        "enum": [
          "ready",
          "waiting_for_senior",
          "stale_approval",
          "changes_requested",
          "draft"
        ]
      },
      "OpenChangeCounts": {
        "type": "object",
        "properties": {
          "supported": {
            "type": "boolean",
            "description": "False when no linked repository comes from a source that can see open pull requests (plain git)."
          },
          "aiOpen": {
            "type": "integer"
          },
          "waiting": {
            "type": "integer"
          },
          "oldestWaitingSince": {
            "type": "string",
            "format": "date-time"
          }
        },
        "required": [
          "supported",
          "aiOpen",
          "waiting"
        ],
        "additionalProperties": false
      },
      "RequestedReviewer": {
        "type": "object",
        "properties": {
          "kind": {
            "type": "string",
            "enum": [
              "user",
              "team"
            ]
          },
          "name": {
            "type": "string"
          }
        },
        "required": [
          "kind",
          "name"
        ],
        "additionalProperties": false
      },
      "OpenChangeRow": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "repository": {
            "type": "string"
          },
          "number": {
            "type": "integer"
          },
          "title": {
            "type": "string"
          },
          "url": {
            "type": "string"
          },
          "author": {
            "type": "string"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "readyAt": {
            "type": "string",
            "format": "date-time"
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time"
          },
          "headSha": {
            "type": "string"
          },
          "confidence": {
            "type": "string"
          },
          "evidence": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Evidence"
            }
          },
          "state": {
            "$ref": "#/components/schemas/OpenChangeState"
          },
          "reason": {
            "type": "string"
          },
          "requested": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/RequestedReviewer"
            }
          },
          "waitingOn": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "approvers": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Approver"
            }
          }
        },
        "required": [
          "id",
          "repository",
          "number",
          "title",
          "url",
          "createdAt",
          "updatedAt",
          "headSha",
          "confidence",
          "evidence",
          "state",
          "reason",
          "requested",
          "waitingOn",
          "approvers"
        ],
        "additionalProperties": false
      },
      "OpenChangeListResponse": {
        "type": "object",
        "properties": {
          "supported": {
            "type": "boolean"
          },
          "unsupportedRepositories": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "totalCount": {
            "type": "integer"
          },
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/OpenChangeRow"
            }
          }
        },
        "required": [
          "supported",
          "unsupportedRepositories",
          "totalCount",
          "items"
        ],
        "additionalProperties": false
      }
    },
    "responses": {
      "ErrorResponse": {
        "description": "An error",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      }
    }
  },
  "paths": {
    "/health": {
      "get": {
        "operationId": "GetHealth",
        "description": "Liveness of the plugin and its database.",
        "security": [],
        "responses": {
          "200": {
            "description": "Healthy",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "status": {
                      "type": "string"
                    }
                  },
                  "required": [
                    "status"
                  ],
                  "additionalProperties": false
                }
              }
            }
          }
        }
      }
    },
    "/entities/{kind}/{namespace}/{name}/summary": {
      "get": {
        "operationId": "GetEntitySummary",
        "description": "Compliance of one entity's changes over a window.",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          },
          {
            "$ref": "#/components/parameters/days"
          }
        ],
        "responses": {
          "200": {
            "description": "The summary",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EntitySummary"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "401": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/scorecard": {
      "get": {
        "operationId": "GetScorecard",
        "description": "Compliance rolled up by owner group (nested groups included), system or entity.",
        "parameters": [
          {
            "$ref": "#/components/parameters/days"
          },
          {
            "name": "groupBy",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "enum": [
                "owner",
                "system",
                "entity"
              ]
            }
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/offset"
          },
          {
            "name": "owner",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "filter",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "maxLength": 200
            }
          },
          {
            "name": "orderBy",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "enum": [
                "ref",
                "compliance",
                "aiChanges",
                "unapproved",
                "aiShare",
                "waiting"
              ]
            }
          },
          {
            "name": "order",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "enum": [
                "asc",
                "desc"
              ]
            }
          }
        ],
        "responses": {
          "200": {
            "description": "Scorecard rows",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ScorecardResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "401": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/entities/{kind}/{namespace}/{name}/changes": {
      "get": {
        "operationId": "GetEntityChanges",
        "description": "An entity's changes, unapproved first, then newest.",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          },
          {
            "$ref": "#/components/parameters/days"
          },
          {
            "name": "verdict",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "enum": [
                "approved",
                "approved_stale",
                "dismissed",
                "not_senior",
                "self_approved",
                "bot_review_only",
                "no_review",
                "direct_push",
                "exempt",
                "unapproved"
              ]
            }
          },
          {
            "name": "includeNonAi",
            "in": "query",
            "required": false,
            "schema": {
              "type": "boolean"
            }
          },
          {
            "name": "search",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "maxLength": 200
            }
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/offset"
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ChangeListResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "401": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/entities/{kind}/{namespace}/{name}/open-changes": {
      "get": {
        "operationId": "GetEntityOpenChanges",
        "description": "An entity's open AI-assisted pull requests with their live state, the longest wait for a senior first (drafts last).",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/OpenChangeListResponse"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/entities/{kind}/{namespace}/{name}/refresh": {
      "post": {
        "operationId": "RefreshEntity",
        "description": "Reads the entity's repositories again now.",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          }
        ],
        "responses": {
          "202": {
            "description": "Refresh started",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "status": {
                      "type": "string"
                    }
                  },
                  "required": [
                    "status"
                  ],
                  "additionalProperties": false
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/changes/{id}/exemption": {
      "put": {
        "operationId": "CreateExemption",
        "description": "Exempts an AI-assisted change from the senior-approval rule, with a reason.",
        "parameters": [
          {
            "$ref": "#/components/parameters/changeId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "properties": {
                  "reason": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 2000
                  }
                },
                "required": [
                  "reason"
                ],
                "additionalProperties": false
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ChangeRow"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "401": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "delete": {
        "operationId": "RemoveExemption",
        "description": "Removes the exemption of a change.",
        "parameters": [
          {
            "$ref": "#/components/parameters/changeId"
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ChangeRow"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "401": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/reviewers": {
      "get": {
        "operationId": "GetReviewerLoad",
        "description": "The load each senior reviewer carries.",
        "parameters": [
          {
            "$ref": "#/components/parameters/days"
          },
          {
            "name": "group",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ReviewerLoadResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "401": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "403": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    }
  }
} as const;
