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
            "name": "limit",
            "in": "query",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 500
            }
          },
          {
            "name": "offset",
            "in": "query",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 0
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
    }
  }
} as const;
