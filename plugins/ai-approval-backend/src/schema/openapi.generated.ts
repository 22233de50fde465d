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
        "description": "Window length in days (1-730). Default 90.",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 730
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
            "type": "integer"
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
          "weekly",
          "repositories"
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
          "entityCount"
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
            "type": "integer"
          },
          "since": {
            "type": "string",
            "format": "date",
            "description": "The first day counted, the Monday of the window's first day (the scorecard adds up whole weeks)."
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
          }
        },
        "required": [
          "reviewer",
          "senior",
          "aiReviews",
          "seniorApprovals",
          "medianHoursToApproval",
          "share"
        ],
        "additionalProperties": false
      },
      "ReviewerLoadResponse": {
        "type": "object",
        "properties": {
          "windowDays": {
            "type": "integer"
          },
          "totalSeniorApprovals": {
            "type": "integer"
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
          "totalSeniorApprovals",
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
                "aiShare"
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
