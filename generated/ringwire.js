/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
"use strict";

var $protobuf = require("protobufjs/minimal");

// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
var $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
var $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

$root.ringwire = (function() {

    /**
     * Namespace ringwire.
     * @exports ringwire
     * @namespace
     */
    var ringwire = {};

    ringwire.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof ringwire
         * @namespace
         */
        var v1 = {};

        v1.ClientFrame = (function() {

            /**
             * Properties of a ClientFrame.
             * @typedef {Object} ringwire.v1.ClientFrame.$Properties
             * @property {number|null} [id] ClientFrame id
             * @property {ringwire.v1.Hello.$Properties|null} [hello] ClientFrame hello
             * @property {ringwire.v1.SetRequest.$Properties|null} [set] ClientFrame set
             * @property {ringwire.v1.GetRequest.$Properties|null} [get] ClientFrame get
             * @property {ringwire.v1.SubscribeRequest.$Properties|null} [subscribe] ClientFrame subscribe
             * @property {ringwire.v1.UnsubscribeRequest.$Properties|null} [unsubscribe] ClientFrame unsubscribe
             * @property {ringwire.v1.UpdateRequest.$Properties|null} [update] ClientFrame update
             * @property {ringwire.v1.DeleteRequest.$Properties|null} ["delete"] ClientFrame delete
             * @property {ringwire.v1.PingRequest.$Properties|null} [ping] ClientFrame ping
             * @property {ringwire.v1.StatsRequest.$Properties|null} [stats] ClientFrame stats
             * @property {ringwire.v1.AuthResponse.$Properties|null} [auth] ClientFrame auth
             * @property {ringwire.v1.ListRingsRequest.$Properties|null} [listRings] ClientFrame listRings
             * @property {"hello"|"set"|"get"|"subscribe"|"unsubscribe"|"update"|"delete"|"ping"|"stats"|"auth"|"listRings"} [body] ClientFrame body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClientFrame.
             * @memberof ringwire.v1
             * @interface IClientFrame
             * @augments ringwire.v1.ClientFrame.$Properties
             * @deprecated Use ringwire.v1.ClientFrame.$Properties instead.
             */

            /**
             * Narrowed shape of a ClientFrame.
             * @typedef {{
             *   id?: number|null;
             *   hello?: ringwire.v1.Hello.$Shape|null;
             *   set?: ringwire.v1.SetRequest.$Shape|null;
             *   get?: ringwire.v1.GetRequest.$Shape|null;
             *   subscribe?: ringwire.v1.SubscribeRequest.$Shape|null;
             *   unsubscribe?: ringwire.v1.UnsubscribeRequest.$Shape|null;
             *   update?: ringwire.v1.UpdateRequest.$Shape|null;
             *   "delete"?: ringwire.v1.DeleteRequest.$Shape|null;
             *   ping?: ringwire.v1.PingRequest.$Shape|null;
             *   stats?: ringwire.v1.StatsRequest.$Shape|null;
             *   auth?: ringwire.v1.AuthResponse.$Shape|null;
             *   listRings?: ringwire.v1.ListRingsRequest.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; hello?: null; set?: null; get?: null; subscribe?: null; unsubscribe?: null; update?: null; "delete"?: null; ping?: null; stats?: null; auth?: null; listRings?: null }|{ body?: "hello"; hello: ringwire.v1.Hello.$Shape; set?: null; get?: null; subscribe?: null; unsubscribe?: null; update?: null; "delete"?: null; ping?: null; stats?: null; auth?: null; listRings?: null }|{ body?: "set"; hello?: null; set: ringwire.v1.SetRequest.$Shape; get?: null; subscribe?: null; unsubscribe?: null; update?: null; "delete"?: null; ping?: null; stats?: null; auth?: null; listRings?: null }|{ body?: "get"; hello?: null; set?: null; get: ringwire.v1.GetRequest.$Shape; subscribe?: null; unsubscribe?: null; update?: null; "delete"?: null; ping?: null; stats?: null; auth?: null; listRings?: null }|{ body?: "subscribe"; hello?: null; set?: null; get?: null; subscribe: ringwire.v1.SubscribeRequest.$Shape; unsubscribe?: null; update?: null; "delete"?: null; ping?: null; stats?: null; auth?: null; listRings?: null }|{ body?: "unsubscribe"; hello?: null; set?: null; get?: null; subscribe?: null; unsubscribe: ringwire.v1.UnsubscribeRequest.$Shape; update?: null; "delete"?: null; ping?: null; stats?: null; auth?: null; listRings?: null }|{ body?: "update"; hello?: null; set?: null; get?: null; subscribe?: null; unsubscribe?: null; update: ringwire.v1.UpdateRequest.$Shape; "delete"?: null; ping?: null; stats?: null; auth?: null; listRings?: null }|{ body?: "delete"; hello?: null; set?: null; get?: null; subscribe?: null; unsubscribe?: null; update?: null; "delete": ringwire.v1.DeleteRequest.$Shape; ping?: null; stats?: null; auth?: null; listRings?: null }|{ body?: "ping"; hello?: null; set?: null; get?: null; subscribe?: null; unsubscribe?: null; update?: null; "delete"?: null; ping: ringwire.v1.PingRequest.$Shape; stats?: null; auth?: null; listRings?: null }|{ body?: "stats"; hello?: null; set?: null; get?: null; subscribe?: null; unsubscribe?: null; update?: null; "delete"?: null; ping?: null; stats: ringwire.v1.StatsRequest.$Shape; auth?: null; listRings?: null }|{ body?: "auth"; hello?: null; set?: null; get?: null; subscribe?: null; unsubscribe?: null; update?: null; "delete"?: null; ping?: null; stats?: null; auth: ringwire.v1.AuthResponse.$Shape; listRings?: null }|{ body?: "listRings"; hello?: null; set?: null; get?: null; subscribe?: null; unsubscribe?: null; update?: null; "delete"?: null; ping?: null; stats?: null; auth?: null; listRings: ringwire.v1.ListRingsRequest.$Shape })
             * )} ringwire.v1.ClientFrame.$Shape
             */

            /**
             * Constructs a new ClientFrame.
             * @memberof ringwire.v1
             * @classdesc Represents a ClientFrame.
             * @constructor
             * @param {ringwire.v1.ClientFrame.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ClientFrame = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ClientFrame id.
             * @member {number} id
             * @memberof ringwire.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.id = 0;

            /**
             * ClientFrame hello.
             * @member {ringwire.v1.Hello.$Properties|null|undefined} hello
             * @memberof ringwire.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.hello = null;

            /**
             * ClientFrame set.
             * @member {ringwire.v1.SetRequest.$Properties|null|undefined} set
             * @memberof ringwire.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.set = null;

            /**
             * ClientFrame get.
             * @member {ringwire.v1.GetRequest.$Properties|null|undefined} get
             * @memberof ringwire.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.get = null;

            /**
             * ClientFrame subscribe.
             * @member {ringwire.v1.SubscribeRequest.$Properties|null|undefined} subscribe
             * @memberof ringwire.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.subscribe = null;

            /**
             * ClientFrame unsubscribe.
             * @member {ringwire.v1.UnsubscribeRequest.$Properties|null|undefined} unsubscribe
             * @memberof ringwire.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.unsubscribe = null;

            /**
             * ClientFrame update.
             * @member {ringwire.v1.UpdateRequest.$Properties|null|undefined} update
             * @memberof ringwire.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.update = null;

            /**
             * ClientFrame delete.
             * @member {ringwire.v1.DeleteRequest.$Properties|null|undefined} delete
             * @memberof ringwire.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype["delete"] = null;

            /**
             * ClientFrame ping.
             * @member {ringwire.v1.PingRequest.$Properties|null|undefined} ping
             * @memberof ringwire.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.ping = null;

            /**
             * ClientFrame stats.
             * @member {ringwire.v1.StatsRequest.$Properties|null|undefined} stats
             * @memberof ringwire.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.stats = null;

            /**
             * ClientFrame auth.
             * @member {ringwire.v1.AuthResponse.$Properties|null|undefined} auth
             * @memberof ringwire.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.auth = null;

            /**
             * ClientFrame listRings.
             * @member {ringwire.v1.ListRingsRequest.$Properties|null|undefined} listRings
             * @memberof ringwire.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.listRings = null;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            /**
             * ClientFrame body.
             * @member {"hello"|"set"|"get"|"subscribe"|"unsubscribe"|"update"|"delete"|"ping"|"stats"|"auth"|"listRings"|undefined} body
             * @memberof ringwire.v1.ClientFrame
             * @instance
             */
            $Object.defineProperty(ClientFrame.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["hello", "set", "get", "subscribe", "unsubscribe", "update", "delete", "ping", "stats", "auth", "listRings"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ClientFrame instance using the specified properties.
             * @function create
             * @memberof ringwire.v1.ClientFrame
             * @static
             * @param {ringwire.v1.ClientFrame.$Properties=} [properties] Properties to set
             * @returns {ringwire.v1.ClientFrame} ClientFrame instance
             * @type {{
             *   (properties: ringwire.v1.ClientFrame.$Shape): ringwire.v1.ClientFrame & ringwire.v1.ClientFrame.$Shape;
             *   (properties?: ringwire.v1.ClientFrame.$Properties): ringwire.v1.ClientFrame;
             * }}
             */
            ClientFrame.create = function(properties) {
                return new ClientFrame(properties);
            };

            /**
             * Encodes the specified ClientFrame message. Does not implicitly {@link ringwire.v1.ClientFrame.verify|verify} messages.
             * @function encode
             * @memberof ringwire.v1.ClientFrame
             * @static
             * @param {ringwire.v1.ClientFrame.$Properties} message ClientFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClientFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello"))
                    $root.ringwire.v1.Hello.encode(message.hello, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.set != null && $Object.hasOwnProperty.call(message, "set"))
                    $root.ringwire.v1.SetRequest.encode(message.set, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.get != null && $Object.hasOwnProperty.call(message, "get"))
                    $root.ringwire.v1.GetRequest.encode(message.get, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.subscribe != null && $Object.hasOwnProperty.call(message, "subscribe"))
                    $root.ringwire.v1.SubscribeRequest.encode(message.subscribe, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.unsubscribe != null && $Object.hasOwnProperty.call(message, "unsubscribe"))
                    $root.ringwire.v1.UnsubscribeRequest.encode(message.unsubscribe, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.update != null && $Object.hasOwnProperty.call(message, "update"))
                    $root.ringwire.v1.UpdateRequest.encode(message.update, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message["delete"] != null && $Object.hasOwnProperty.call(message, "delete"))
                    $root.ringwire.v1.DeleteRequest.encode(message["delete"], writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.ping != null && $Object.hasOwnProperty.call(message, "ping"))
                    $root.ringwire.v1.PingRequest.encode(message.ping, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.stats != null && $Object.hasOwnProperty.call(message, "stats"))
                    $root.ringwire.v1.StatsRequest.encode(message.stats, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.auth != null && $Object.hasOwnProperty.call(message, "auth"))
                    $root.ringwire.v1.AuthResponse.encode(message.auth, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.listRings != null && $Object.hasOwnProperty.call(message, "listRings"))
                    $root.ringwire.v1.ListRingsRequest.encode(message.listRings, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ClientFrame message from the specified reader or buffer.
             * @function decode
             * @memberof ringwire.v1.ClientFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringwire.v1.ClientFrame & ringwire.v1.ClientFrame.$Shape} ClientFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClientFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringwire.v1.ClientFrame();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.hello = $root.ringwire.v1.Hello.decode(reader, reader.size(), $undefined, _depth + 1, message.hello);
                            message.body = "hello";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.set = $root.ringwire.v1.SetRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.set);
                            message.body = "set";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.get = $root.ringwire.v1.GetRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.get);
                            message.body = "get";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.subscribe = $root.ringwire.v1.SubscribeRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.subscribe);
                            message.body = "subscribe";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.unsubscribe = $root.ringwire.v1.UnsubscribeRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.unsubscribe);
                            message.body = "unsubscribe";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.update = $root.ringwire.v1.UpdateRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.update);
                            message.body = "update";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message["delete"] = $root.ringwire.v1.DeleteRequest.decode(reader, reader.size(), $undefined, _depth + 1, message["delete"]);
                            message.body = "delete";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.ping = $root.ringwire.v1.PingRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.ping);
                            message.body = "ping";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.stats = $root.ringwire.v1.StatsRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.stats);
                            message.body = "stats";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.auth = $root.ringwire.v1.AuthResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.auth);
                            message.body = "auth";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.listRings = $root.ringwire.v1.ListRingsRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.listRings);
                            message.body = "listRings";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ClientFrame;
        })();

        v1.ServerFrame = (function() {

            /**
             * Properties of a ServerFrame.
             * @typedef {Object} ringwire.v1.ServerFrame.$Properties
             * @property {number|null} [id] ServerFrame id
             * @property {ringwire.v1.Welcome.$Properties|null} [welcome] ServerFrame welcome
             * @property {ringwire.v1.SetReply.$Properties|null} [set] ServerFrame set
             * @property {ringwire.v1.GetReply.$Properties|null} [get] ServerFrame get
             * @property {ringwire.v1.Error.$Properties|null} [error] ServerFrame error
             * @property {ringwire.v1.SubscribeReply.$Properties|null} [subscribe] ServerFrame subscribe
             * @property {ringwire.v1.UnsubscribeReply.$Properties|null} [unsubscribe] ServerFrame unsubscribe
             * @property {ringwire.v1.UpdateReply.$Properties|null} [update] ServerFrame update
             * @property {ringwire.v1.DeleteReply.$Properties|null} ["delete"] ServerFrame delete
             * @property {ringwire.v1.PingReply.$Properties|null} [ping] ServerFrame ping
             * @property {ringwire.v1.StatsReply.$Properties|null} [stats] ServerFrame stats
             * @property {ringwire.v1.Push.$Properties|null} [push] ServerFrame push
             * @property {ringwire.v1.AuthChallenge.$Properties|null} [challenge] ServerFrame challenge
             * @property {ringwire.v1.ListRingsReply.$Properties|null} [listRings] ServerFrame listRings
             * @property {"welcome"|"set"|"get"|"error"|"subscribe"|"unsubscribe"|"update"|"delete"|"ping"|"stats"|"push"|"challenge"|"listRings"} [body] ServerFrame body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ServerFrame.
             * @memberof ringwire.v1
             * @interface IServerFrame
             * @augments ringwire.v1.ServerFrame.$Properties
             * @deprecated Use ringwire.v1.ServerFrame.$Properties instead.
             */

            /**
             * Narrowed shape of a ServerFrame.
             * @typedef {{
             *   id?: number|null;
             *   welcome?: ringwire.v1.Welcome.$Shape|null;
             *   set?: ringwire.v1.SetReply.$Shape|null;
             *   get?: ringwire.v1.GetReply.$Shape|null;
             *   error?: ringwire.v1.Error.$Shape|null;
             *   subscribe?: ringwire.v1.SubscribeReply.$Shape|null;
             *   unsubscribe?: ringwire.v1.UnsubscribeReply.$Shape|null;
             *   update?: ringwire.v1.UpdateReply.$Shape|null;
             *   "delete"?: ringwire.v1.DeleteReply.$Shape|null;
             *   ping?: ringwire.v1.PingReply.$Shape|null;
             *   stats?: ringwire.v1.StatsReply.$Shape|null;
             *   push?: ringwire.v1.Push.$Shape|null;
             *   challenge?: ringwire.v1.AuthChallenge.$Shape|null;
             *   listRings?: ringwire.v1.ListRingsReply.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; welcome?: null; set?: null; get?: null; error?: null; subscribe?: null; unsubscribe?: null; update?: null; "delete"?: null; ping?: null; stats?: null; push?: null; challenge?: null; listRings?: null }|{ body?: "welcome"; welcome: ringwire.v1.Welcome.$Shape; set?: null; get?: null; error?: null; subscribe?: null; unsubscribe?: null; update?: null; "delete"?: null; ping?: null; stats?: null; push?: null; challenge?: null; listRings?: null }|{ body?: "set"; welcome?: null; set: ringwire.v1.SetReply.$Shape; get?: null; error?: null; subscribe?: null; unsubscribe?: null; update?: null; "delete"?: null; ping?: null; stats?: null; push?: null; challenge?: null; listRings?: null }|{ body?: "get"; welcome?: null; set?: null; get: ringwire.v1.GetReply.$Shape; error?: null; subscribe?: null; unsubscribe?: null; update?: null; "delete"?: null; ping?: null; stats?: null; push?: null; challenge?: null; listRings?: null }|{ body?: "error"; welcome?: null; set?: null; get?: null; error: ringwire.v1.Error.$Shape; subscribe?: null; unsubscribe?: null; update?: null; "delete"?: null; ping?: null; stats?: null; push?: null; challenge?: null; listRings?: null }|{ body?: "subscribe"; welcome?: null; set?: null; get?: null; error?: null; subscribe: ringwire.v1.SubscribeReply.$Shape; unsubscribe?: null; update?: null; "delete"?: null; ping?: null; stats?: null; push?: null; challenge?: null; listRings?: null }|{ body?: "unsubscribe"; welcome?: null; set?: null; get?: null; error?: null; subscribe?: null; unsubscribe: ringwire.v1.UnsubscribeReply.$Shape; update?: null; "delete"?: null; ping?: null; stats?: null; push?: null; challenge?: null; listRings?: null }|{ body?: "update"; welcome?: null; set?: null; get?: null; error?: null; subscribe?: null; unsubscribe?: null; update: ringwire.v1.UpdateReply.$Shape; "delete"?: null; ping?: null; stats?: null; push?: null; challenge?: null; listRings?: null }|{ body?: "delete"; welcome?: null; set?: null; get?: null; error?: null; subscribe?: null; unsubscribe?: null; update?: null; "delete": ringwire.v1.DeleteReply.$Shape; ping?: null; stats?: null; push?: null; challenge?: null; listRings?: null }|{ body?: "ping"; welcome?: null; set?: null; get?: null; error?: null; subscribe?: null; unsubscribe?: null; update?: null; "delete"?: null; ping: ringwire.v1.PingReply.$Shape; stats?: null; push?: null; challenge?: null; listRings?: null }|{ body?: "stats"; welcome?: null; set?: null; get?: null; error?: null; subscribe?: null; unsubscribe?: null; update?: null; "delete"?: null; ping?: null; stats: ringwire.v1.StatsReply.$Shape; push?: null; challenge?: null; listRings?: null }|{ body?: "push"; welcome?: null; set?: null; get?: null; error?: null; subscribe?: null; unsubscribe?: null; update?: null; "delete"?: null; ping?: null; stats?: null; push: ringwire.v1.Push.$Shape; challenge?: null; listRings?: null }|{ body?: "challenge"; welcome?: null; set?: null; get?: null; error?: null; subscribe?: null; unsubscribe?: null; update?: null; "delete"?: null; ping?: null; stats?: null; push?: null; challenge: ringwire.v1.AuthChallenge.$Shape; listRings?: null }|{ body?: "listRings"; welcome?: null; set?: null; get?: null; error?: null; subscribe?: null; unsubscribe?: null; update?: null; "delete"?: null; ping?: null; stats?: null; push?: null; challenge?: null; listRings: ringwire.v1.ListRingsReply.$Shape })
             * )} ringwire.v1.ServerFrame.$Shape
             */

            /**
             * Constructs a new ServerFrame.
             * @memberof ringwire.v1
             * @classdesc Represents a ServerFrame.
             * @constructor
             * @param {ringwire.v1.ServerFrame.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ServerFrame = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ServerFrame id.
             * @member {number} id
             * @memberof ringwire.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.id = 0;

            /**
             * ServerFrame welcome.
             * @member {ringwire.v1.Welcome.$Properties|null|undefined} welcome
             * @memberof ringwire.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.welcome = null;

            /**
             * ServerFrame set.
             * @member {ringwire.v1.SetReply.$Properties|null|undefined} set
             * @memberof ringwire.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.set = null;

            /**
             * ServerFrame get.
             * @member {ringwire.v1.GetReply.$Properties|null|undefined} get
             * @memberof ringwire.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.get = null;

            /**
             * ServerFrame error.
             * @member {ringwire.v1.Error.$Properties|null|undefined} error
             * @memberof ringwire.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.error = null;

            /**
             * ServerFrame subscribe.
             * @member {ringwire.v1.SubscribeReply.$Properties|null|undefined} subscribe
             * @memberof ringwire.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.subscribe = null;

            /**
             * ServerFrame unsubscribe.
             * @member {ringwire.v1.UnsubscribeReply.$Properties|null|undefined} unsubscribe
             * @memberof ringwire.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.unsubscribe = null;

            /**
             * ServerFrame update.
             * @member {ringwire.v1.UpdateReply.$Properties|null|undefined} update
             * @memberof ringwire.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.update = null;

            /**
             * ServerFrame delete.
             * @member {ringwire.v1.DeleteReply.$Properties|null|undefined} delete
             * @memberof ringwire.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype["delete"] = null;

            /**
             * ServerFrame ping.
             * @member {ringwire.v1.PingReply.$Properties|null|undefined} ping
             * @memberof ringwire.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.ping = null;

            /**
             * ServerFrame stats.
             * @member {ringwire.v1.StatsReply.$Properties|null|undefined} stats
             * @memberof ringwire.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.stats = null;

            /**
             * ServerFrame push.
             * @member {ringwire.v1.Push.$Properties|null|undefined} push
             * @memberof ringwire.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.push = null;

            /**
             * ServerFrame challenge.
             * @member {ringwire.v1.AuthChallenge.$Properties|null|undefined} challenge
             * @memberof ringwire.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.challenge = null;

            /**
             * ServerFrame listRings.
             * @member {ringwire.v1.ListRingsReply.$Properties|null|undefined} listRings
             * @memberof ringwire.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.listRings = null;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            /**
             * ServerFrame body.
             * @member {"welcome"|"set"|"get"|"error"|"subscribe"|"unsubscribe"|"update"|"delete"|"ping"|"stats"|"push"|"challenge"|"listRings"|undefined} body
             * @memberof ringwire.v1.ServerFrame
             * @instance
             */
            $Object.defineProperty(ServerFrame.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["welcome", "set", "get", "error", "subscribe", "unsubscribe", "update", "delete", "ping", "stats", "push", "challenge", "listRings"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ServerFrame instance using the specified properties.
             * @function create
             * @memberof ringwire.v1.ServerFrame
             * @static
             * @param {ringwire.v1.ServerFrame.$Properties=} [properties] Properties to set
             * @returns {ringwire.v1.ServerFrame} ServerFrame instance
             * @type {{
             *   (properties: ringwire.v1.ServerFrame.$Shape): ringwire.v1.ServerFrame & ringwire.v1.ServerFrame.$Shape;
             *   (properties?: ringwire.v1.ServerFrame.$Properties): ringwire.v1.ServerFrame;
             * }}
             */
            ServerFrame.create = function(properties) {
                return new ServerFrame(properties);
            };

            /**
             * Encodes the specified ServerFrame message. Does not implicitly {@link ringwire.v1.ServerFrame.verify|verify} messages.
             * @function encode
             * @memberof ringwire.v1.ServerFrame
             * @static
             * @param {ringwire.v1.ServerFrame.$Properties} message ServerFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ServerFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
                if (message.welcome != null && $Object.hasOwnProperty.call(message, "welcome"))
                    $root.ringwire.v1.Welcome.encode(message.welcome, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.set != null && $Object.hasOwnProperty.call(message, "set"))
                    $root.ringwire.v1.SetReply.encode(message.set, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.get != null && $Object.hasOwnProperty.call(message, "get"))
                    $root.ringwire.v1.GetReply.encode(message.get, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.ringwire.v1.Error.encode(message.error, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.subscribe != null && $Object.hasOwnProperty.call(message, "subscribe"))
                    $root.ringwire.v1.SubscribeReply.encode(message.subscribe, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.unsubscribe != null && $Object.hasOwnProperty.call(message, "unsubscribe"))
                    $root.ringwire.v1.UnsubscribeReply.encode(message.unsubscribe, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.update != null && $Object.hasOwnProperty.call(message, "update"))
                    $root.ringwire.v1.UpdateReply.encode(message.update, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message["delete"] != null && $Object.hasOwnProperty.call(message, "delete"))
                    $root.ringwire.v1.DeleteReply.encode(message["delete"], writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.ping != null && $Object.hasOwnProperty.call(message, "ping"))
                    $root.ringwire.v1.PingReply.encode(message.ping, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.stats != null && $Object.hasOwnProperty.call(message, "stats"))
                    $root.ringwire.v1.StatsReply.encode(message.stats, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.push != null && $Object.hasOwnProperty.call(message, "push"))
                    $root.ringwire.v1.Push.encode(message.push, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.challenge != null && $Object.hasOwnProperty.call(message, "challenge"))
                    $root.ringwire.v1.AuthChallenge.encode(message.challenge, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.listRings != null && $Object.hasOwnProperty.call(message, "listRings"))
                    $root.ringwire.v1.ListRingsReply.encode(message.listRings, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ServerFrame message from the specified reader or buffer.
             * @function decode
             * @memberof ringwire.v1.ServerFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringwire.v1.ServerFrame & ringwire.v1.ServerFrame.$Shape} ServerFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ServerFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringwire.v1.ServerFrame();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.welcome = $root.ringwire.v1.Welcome.decode(reader, reader.size(), $undefined, _depth + 1, message.welcome);
                            message.body = "welcome";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.set = $root.ringwire.v1.SetReply.decode(reader, reader.size(), $undefined, _depth + 1, message.set);
                            message.body = "set";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.get = $root.ringwire.v1.GetReply.decode(reader, reader.size(), $undefined, _depth + 1, message.get);
                            message.body = "get";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.ringwire.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.body = "error";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.subscribe = $root.ringwire.v1.SubscribeReply.decode(reader, reader.size(), $undefined, _depth + 1, message.subscribe);
                            message.body = "subscribe";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.unsubscribe = $root.ringwire.v1.UnsubscribeReply.decode(reader, reader.size(), $undefined, _depth + 1, message.unsubscribe);
                            message.body = "unsubscribe";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.update = $root.ringwire.v1.UpdateReply.decode(reader, reader.size(), $undefined, _depth + 1, message.update);
                            message.body = "update";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message["delete"] = $root.ringwire.v1.DeleteReply.decode(reader, reader.size(), $undefined, _depth + 1, message["delete"]);
                            message.body = "delete";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.ping = $root.ringwire.v1.PingReply.decode(reader, reader.size(), $undefined, _depth + 1, message.ping);
                            message.body = "ping";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.stats = $root.ringwire.v1.StatsReply.decode(reader, reader.size(), $undefined, _depth + 1, message.stats);
                            message.body = "stats";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.push = $root.ringwire.v1.Push.decode(reader, reader.size(), $undefined, _depth + 1, message.push);
                            message.body = "push";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.challenge = $root.ringwire.v1.AuthChallenge.decode(reader, reader.size(), $undefined, _depth + 1, message.challenge);
                            message.body = "challenge";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.listRings = $root.ringwire.v1.ListRingsReply.decode(reader, reader.size(), $undefined, _depth + 1, message.listRings);
                            message.body = "listRings";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ServerFrame;
        })();

        v1.Hello = (function() {

            /**
             * Properties of a Hello.
             * @typedef {Object} ringwire.v1.Hello.$Properties
             * @property {number|null} [minVersion] Hello minVersion
             * @property {number|null} [maxVersion] Hello maxVersion
             * @property {string|null} [clientName] Hello clientName
             * @property {Uint8Array|null} [clientNonce] Hello clientNonce
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Hello.
             * @memberof ringwire.v1
             * @interface IHello
             * @augments ringwire.v1.Hello.$Properties
             * @deprecated Use ringwire.v1.Hello.$Properties instead.
             */

            /**
             * Shape of a Hello.
             * @typedef {ringwire.v1.Hello.$Properties} ringwire.v1.Hello.$Shape
             */

            /**
             * Constructs a new Hello.
             * @memberof ringwire.v1
             * @classdesc Represents a Hello.
             * @constructor
             * @param {ringwire.v1.Hello.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Hello = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Hello minVersion.
             * @member {number} minVersion
             * @memberof ringwire.v1.Hello
             * @instance
             */
            Hello.prototype.minVersion = 0;

            /**
             * Hello maxVersion.
             * @member {number} maxVersion
             * @memberof ringwire.v1.Hello
             * @instance
             */
            Hello.prototype.maxVersion = 0;

            /**
             * Hello clientName.
             * @member {string} clientName
             * @memberof ringwire.v1.Hello
             * @instance
             */
            Hello.prototype.clientName = "";

            /**
             * Hello clientNonce.
             * @member {Uint8Array} clientNonce
             * @memberof ringwire.v1.Hello
             * @instance
             */
            Hello.prototype.clientNonce = $util.newBuffer([]);

            /**
             * Creates a new Hello instance using the specified properties.
             * @function create
             * @memberof ringwire.v1.Hello
             * @static
             * @param {ringwire.v1.Hello.$Properties=} [properties] Properties to set
             * @returns {ringwire.v1.Hello} Hello instance
             * @type {{
             *   (properties: ringwire.v1.Hello.$Shape): ringwire.v1.Hello & ringwire.v1.Hello.$Shape;
             *   (properties?: ringwire.v1.Hello.$Properties): ringwire.v1.Hello;
             * }}
             */
            Hello.create = function(properties) {
                return new Hello(properties);
            };

            /**
             * Encodes the specified Hello message. Does not implicitly {@link ringwire.v1.Hello.verify|verify} messages.
             * @function encode
             * @memberof ringwire.v1.Hello
             * @static
             * @param {ringwire.v1.Hello.$Properties} message Hello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hello.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.minVersion != null && $Object.hasOwnProperty.call(message, "minVersion") && message.minVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.minVersion);
                if (message.maxVersion != null && $Object.hasOwnProperty.call(message, "maxVersion") && message.maxVersion !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.maxVersion);
                if (message.clientName != null && $Object.hasOwnProperty.call(message, "clientName") && message.clientName !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.clientName);
                if (message.clientNonce != null && $Object.hasOwnProperty.call(message, "clientNonce") && message.clientNonce.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.clientNonce);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @function decode
             * @memberof ringwire.v1.Hello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringwire.v1.Hello & ringwire.v1.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hello.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringwire.v1.Hello();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.minVersion = value;
                            else
                                delete message.minVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxVersion = value;
                            else
                                delete message.maxVersion;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientName = value;
                            else
                                delete message.clientName;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.clientNonce = value;
                            else
                                delete message.clientNonce;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Hello;
        })();

        v1.AuthChallenge = (function() {

            /**
             * Properties of an AuthChallenge.
             * @typedef {Object} ringwire.v1.AuthChallenge.$Properties
             * @property {Uint8Array|null} [serverNonce] AuthChallenge serverNonce
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AuthChallenge.
             * @memberof ringwire.v1
             * @interface IAuthChallenge
             * @augments ringwire.v1.AuthChallenge.$Properties
             * @deprecated Use ringwire.v1.AuthChallenge.$Properties instead.
             */

            /**
             * Shape of an AuthChallenge.
             * @typedef {ringwire.v1.AuthChallenge.$Properties} ringwire.v1.AuthChallenge.$Shape
             */

            /**
             * Constructs a new AuthChallenge.
             * @memberof ringwire.v1
             * @classdesc Represents an AuthChallenge.
             * @constructor
             * @param {ringwire.v1.AuthChallenge.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var AuthChallenge = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AuthChallenge serverNonce.
             * @member {Uint8Array} serverNonce
             * @memberof ringwire.v1.AuthChallenge
             * @instance
             */
            AuthChallenge.prototype.serverNonce = $util.newBuffer([]);

            /**
             * Creates a new AuthChallenge instance using the specified properties.
             * @function create
             * @memberof ringwire.v1.AuthChallenge
             * @static
             * @param {ringwire.v1.AuthChallenge.$Properties=} [properties] Properties to set
             * @returns {ringwire.v1.AuthChallenge} AuthChallenge instance
             * @type {{
             *   (properties: ringwire.v1.AuthChallenge.$Shape): ringwire.v1.AuthChallenge & ringwire.v1.AuthChallenge.$Shape;
             *   (properties?: ringwire.v1.AuthChallenge.$Properties): ringwire.v1.AuthChallenge;
             * }}
             */
            AuthChallenge.create = function(properties) {
                return new AuthChallenge(properties);
            };

            /**
             * Encodes the specified AuthChallenge message. Does not implicitly {@link ringwire.v1.AuthChallenge.verify|verify} messages.
             * @function encode
             * @memberof ringwire.v1.AuthChallenge
             * @static
             * @param {ringwire.v1.AuthChallenge.$Properties} message AuthChallenge message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AuthChallenge.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.serverNonce != null && $Object.hasOwnProperty.call(message, "serverNonce") && message.serverNonce.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.serverNonce);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AuthChallenge message from the specified reader or buffer.
             * @function decode
             * @memberof ringwire.v1.AuthChallenge
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringwire.v1.AuthChallenge & ringwire.v1.AuthChallenge.$Shape} AuthChallenge
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AuthChallenge.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringwire.v1.AuthChallenge();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.serverNonce = value;
                            else
                                delete message.serverNonce;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return AuthChallenge;
        })();

        v1.AuthResponse = (function() {

            /**
             * Properties of an AuthResponse.
             * @typedef {Object} ringwire.v1.AuthResponse.$Properties
             * @property {Uint8Array|null} [clientProof] AuthResponse clientProof
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AuthResponse.
             * @memberof ringwire.v1
             * @interface IAuthResponse
             * @augments ringwire.v1.AuthResponse.$Properties
             * @deprecated Use ringwire.v1.AuthResponse.$Properties instead.
             */

            /**
             * Shape of an AuthResponse.
             * @typedef {ringwire.v1.AuthResponse.$Properties} ringwire.v1.AuthResponse.$Shape
             */

            /**
             * Constructs a new AuthResponse.
             * @memberof ringwire.v1
             * @classdesc Represents an AuthResponse.
             * @constructor
             * @param {ringwire.v1.AuthResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var AuthResponse = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AuthResponse clientProof.
             * @member {Uint8Array} clientProof
             * @memberof ringwire.v1.AuthResponse
             * @instance
             */
            AuthResponse.prototype.clientProof = $util.newBuffer([]);

            /**
             * Creates a new AuthResponse instance using the specified properties.
             * @function create
             * @memberof ringwire.v1.AuthResponse
             * @static
             * @param {ringwire.v1.AuthResponse.$Properties=} [properties] Properties to set
             * @returns {ringwire.v1.AuthResponse} AuthResponse instance
             * @type {{
             *   (properties: ringwire.v1.AuthResponse.$Shape): ringwire.v1.AuthResponse & ringwire.v1.AuthResponse.$Shape;
             *   (properties?: ringwire.v1.AuthResponse.$Properties): ringwire.v1.AuthResponse;
             * }}
             */
            AuthResponse.create = function(properties) {
                return new AuthResponse(properties);
            };

            /**
             * Encodes the specified AuthResponse message. Does not implicitly {@link ringwire.v1.AuthResponse.verify|verify} messages.
             * @function encode
             * @memberof ringwire.v1.AuthResponse
             * @static
             * @param {ringwire.v1.AuthResponse.$Properties} message AuthResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AuthResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.clientProof != null && $Object.hasOwnProperty.call(message, "clientProof") && message.clientProof.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.clientProof);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AuthResponse message from the specified reader or buffer.
             * @function decode
             * @memberof ringwire.v1.AuthResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringwire.v1.AuthResponse & ringwire.v1.AuthResponse.$Shape} AuthResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AuthResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringwire.v1.AuthResponse();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.clientProof = value;
                            else
                                delete message.clientProof;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return AuthResponse;
        })();

        v1.Welcome = (function() {

            /**
             * Properties of a Welcome.
             * @typedef {Object} ringwire.v1.Welcome.$Properties
             * @property {number|null} [version] Welcome version
             * @property {string|null} [serverName] Welcome serverName
             * @property {string|null} [serverVersion] Welcome serverVersion
             * @property {string|null} [sessionId] Welcome sessionId
             * @property {number|null} [maxFrameBytes] Welcome maxFrameBytes
             * @property {number|null} [maxPayloadBytes] Welcome maxPayloadBytes
             * @property {number|null} [ringCapacity] Welcome ringCapacity
             * @property {number|Long|null} [nextSeq] Welcome nextSeq
             * @property {Uint8Array|null} [serverProof] Welcome serverProof
             * @property {number|null} [idleTimeoutMs] Welcome idleTimeoutMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Welcome.
             * @memberof ringwire.v1
             * @interface IWelcome
             * @augments ringwire.v1.Welcome.$Properties
             * @deprecated Use ringwire.v1.Welcome.$Properties instead.
             */

            /**
             * Shape of a Welcome.
             * @typedef {ringwire.v1.Welcome.$Properties} ringwire.v1.Welcome.$Shape
             */

            /**
             * Constructs a new Welcome.
             * @memberof ringwire.v1
             * @classdesc Represents a Welcome.
             * @constructor
             * @param {ringwire.v1.Welcome.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Welcome = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Welcome version.
             * @member {number} version
             * @memberof ringwire.v1.Welcome
             * @instance
             */
            Welcome.prototype.version = 0;

            /**
             * Welcome serverName.
             * @member {string} serverName
             * @memberof ringwire.v1.Welcome
             * @instance
             */
            Welcome.prototype.serverName = "";

            /**
             * Welcome serverVersion.
             * @member {string} serverVersion
             * @memberof ringwire.v1.Welcome
             * @instance
             */
            Welcome.prototype.serverVersion = "";

            /**
             * Welcome sessionId.
             * @member {string} sessionId
             * @memberof ringwire.v1.Welcome
             * @instance
             */
            Welcome.prototype.sessionId = "";

            /**
             * Welcome maxFrameBytes.
             * @member {number} maxFrameBytes
             * @memberof ringwire.v1.Welcome
             * @instance
             */
            Welcome.prototype.maxFrameBytes = 0;

            /**
             * Welcome maxPayloadBytes.
             * @member {number} maxPayloadBytes
             * @memberof ringwire.v1.Welcome
             * @instance
             */
            Welcome.prototype.maxPayloadBytes = 0;

            /**
             * Welcome ringCapacity.
             * @member {number} ringCapacity
             * @memberof ringwire.v1.Welcome
             * @instance
             */
            Welcome.prototype.ringCapacity = 0;

            /**
             * Welcome nextSeq.
             * @member {number|Long} nextSeq
             * @memberof ringwire.v1.Welcome
             * @instance
             */
            Welcome.prototype.nextSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Welcome serverProof.
             * @member {Uint8Array} serverProof
             * @memberof ringwire.v1.Welcome
             * @instance
             */
            Welcome.prototype.serverProof = $util.newBuffer([]);

            /**
             * Welcome idleTimeoutMs.
             * @member {number} idleTimeoutMs
             * @memberof ringwire.v1.Welcome
             * @instance
             */
            Welcome.prototype.idleTimeoutMs = 0;

            /**
             * Creates a new Welcome instance using the specified properties.
             * @function create
             * @memberof ringwire.v1.Welcome
             * @static
             * @param {ringwire.v1.Welcome.$Properties=} [properties] Properties to set
             * @returns {ringwire.v1.Welcome} Welcome instance
             * @type {{
             *   (properties: ringwire.v1.Welcome.$Shape): ringwire.v1.Welcome & ringwire.v1.Welcome.$Shape;
             *   (properties?: ringwire.v1.Welcome.$Properties): ringwire.v1.Welcome;
             * }}
             */
            Welcome.create = function(properties) {
                return new Welcome(properties);
            };

            /**
             * Encodes the specified Welcome message. Does not implicitly {@link ringwire.v1.Welcome.verify|verify} messages.
             * @function encode
             * @memberof ringwire.v1.Welcome
             * @static
             * @param {ringwire.v1.Welcome.$Properties} message Welcome message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Welcome.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.serverName != null && $Object.hasOwnProperty.call(message, "serverName") && message.serverName !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.serverName);
                if (message.serverVersion != null && $Object.hasOwnProperty.call(message, "serverVersion") && message.serverVersion !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.serverVersion);
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.sessionId);
                if (message.maxFrameBytes != null && $Object.hasOwnProperty.call(message, "maxFrameBytes") && message.maxFrameBytes !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.maxFrameBytes);
                if (message.maxPayloadBytes != null && $Object.hasOwnProperty.call(message, "maxPayloadBytes") && message.maxPayloadBytes !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.maxPayloadBytes);
                if (message.ringCapacity != null && $Object.hasOwnProperty.call(message, "ringCapacity") && message.ringCapacity !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.ringCapacity);
                if (message.nextSeq != null && $Object.hasOwnProperty.call(message, "nextSeq") && (typeof message.nextSeq === "object" ? message.nextSeq.low || message.nextSeq.high : message.nextSeq !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.nextSeq);
                if (message.serverProof != null && $Object.hasOwnProperty.call(message, "serverProof") && message.serverProof.length)
                    writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.serverProof);
                if (message.idleTimeoutMs != null && $Object.hasOwnProperty.call(message, "idleTimeoutMs") && message.idleTimeoutMs !== 0)
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.idleTimeoutMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Welcome message from the specified reader or buffer.
             * @function decode
             * @memberof ringwire.v1.Welcome
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringwire.v1.Welcome & ringwire.v1.Welcome.$Shape} Welcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Welcome.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringwire.v1.Welcome();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.serverName = value;
                            else
                                delete message.serverName;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.serverVersion = value;
                            else
                                delete message.serverVersion;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sessionId = value;
                            else
                                delete message.sessionId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxFrameBytes = value;
                            else
                                delete message.maxFrameBytes;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxPayloadBytes = value;
                            else
                                delete message.maxPayloadBytes;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ringCapacity = value;
                            else
                                delete message.ringCapacity;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nextSeq = value;
                            else
                                delete message.nextSeq;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.serverProof = value;
                            else
                                delete message.serverProof;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.idleTimeoutMs = value;
                            else
                                delete message.idleTimeoutMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Welcome;
        })();

        v1.SetRequest = (function() {

            /**
             * Properties of a SetRequest.
             * @typedef {Object} ringwire.v1.SetRequest.$Properties
             * @property {Uint8Array|null} [payload] SetRequest payload
             * @property {string|null} [ring] SetRequest ring
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SetRequest.
             * @memberof ringwire.v1
             * @interface ISetRequest
             * @augments ringwire.v1.SetRequest.$Properties
             * @deprecated Use ringwire.v1.SetRequest.$Properties instead.
             */

            /**
             * Shape of a SetRequest.
             * @typedef {ringwire.v1.SetRequest.$Properties} ringwire.v1.SetRequest.$Shape
             */

            /**
             * Constructs a new SetRequest.
             * @memberof ringwire.v1
             * @classdesc Represents a SetRequest.
             * @constructor
             * @param {ringwire.v1.SetRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SetRequest = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SetRequest payload.
             * @member {Uint8Array} payload
             * @memberof ringwire.v1.SetRequest
             * @instance
             */
            SetRequest.prototype.payload = $util.newBuffer([]);

            /**
             * SetRequest ring.
             * @member {string} ring
             * @memberof ringwire.v1.SetRequest
             * @instance
             */
            SetRequest.prototype.ring = "";

            /**
             * Creates a new SetRequest instance using the specified properties.
             * @function create
             * @memberof ringwire.v1.SetRequest
             * @static
             * @param {ringwire.v1.SetRequest.$Properties=} [properties] Properties to set
             * @returns {ringwire.v1.SetRequest} SetRequest instance
             * @type {{
             *   (properties: ringwire.v1.SetRequest.$Shape): ringwire.v1.SetRequest & ringwire.v1.SetRequest.$Shape;
             *   (properties?: ringwire.v1.SetRequest.$Properties): ringwire.v1.SetRequest;
             * }}
             */
            SetRequest.create = function(properties) {
                return new SetRequest(properties);
            };

            /**
             * Encodes the specified SetRequest message. Does not implicitly {@link ringwire.v1.SetRequest.verify|verify} messages.
             * @function encode
             * @memberof ringwire.v1.SetRequest
             * @static
             * @param {ringwire.v1.SetRequest.$Properties} message SetRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.payload);
                if (message.ring != null && $Object.hasOwnProperty.call(message, "ring") && message.ring !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.ring);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SetRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ringwire.v1.SetRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringwire.v1.SetRequest & ringwire.v1.SetRequest.$Shape} SetRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringwire.v1.SetRequest();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ring = value;
                            else
                                delete message.ring;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return SetRequest;
        })();

        v1.SetReply = (function() {

            /**
             * Properties of a SetReply.
             * @typedef {Object} ringwire.v1.SetReply.$Properties
             * @property {number|Long|null} [seq] SetReply seq
             * @property {number|Long|null} [timestampMs] SetReply timestampMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SetReply.
             * @memberof ringwire.v1
             * @interface ISetReply
             * @augments ringwire.v1.SetReply.$Properties
             * @deprecated Use ringwire.v1.SetReply.$Properties instead.
             */

            /**
             * Shape of a SetReply.
             * @typedef {ringwire.v1.SetReply.$Properties} ringwire.v1.SetReply.$Shape
             */

            /**
             * Constructs a new SetReply.
             * @memberof ringwire.v1
             * @classdesc Represents a SetReply.
             * @constructor
             * @param {ringwire.v1.SetReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SetReply = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SetReply seq.
             * @member {number|Long} seq
             * @memberof ringwire.v1.SetReply
             * @instance
             */
            SetReply.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SetReply timestampMs.
             * @member {number|Long} timestampMs
             * @memberof ringwire.v1.SetReply
             * @instance
             */
            SetReply.prototype.timestampMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new SetReply instance using the specified properties.
             * @function create
             * @memberof ringwire.v1.SetReply
             * @static
             * @param {ringwire.v1.SetReply.$Properties=} [properties] Properties to set
             * @returns {ringwire.v1.SetReply} SetReply instance
             * @type {{
             *   (properties: ringwire.v1.SetReply.$Shape): ringwire.v1.SetReply & ringwire.v1.SetReply.$Shape;
             *   (properties?: ringwire.v1.SetReply.$Properties): ringwire.v1.SetReply;
             * }}
             */
            SetReply.create = function(properties) {
                return new SetReply(properties);
            };

            /**
             * Encodes the specified SetReply message. Does not implicitly {@link ringwire.v1.SetReply.verify|verify} messages.
             * @function encode
             * @memberof ringwire.v1.SetReply
             * @static
             * @param {ringwire.v1.SetReply.$Properties} message SetReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.seq);
                if (message.timestampMs != null && $Object.hasOwnProperty.call(message, "timestampMs") && (typeof message.timestampMs === "object" ? message.timestampMs.low || message.timestampMs.high : message.timestampMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.timestampMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SetReply message from the specified reader or buffer.
             * @function decode
             * @memberof ringwire.v1.SetReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringwire.v1.SetReply & ringwire.v1.SetReply.$Shape} SetReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringwire.v1.SetReply();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.timestampMs = value;
                            else
                                delete message.timestampMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return SetReply;
        })();

        v1.GetRequest = (function() {

            /**
             * Properties of a GetRequest.
             * @typedef {Object} ringwire.v1.GetRequest.$Properties
             * @property {number|null} [count] GetRequest count
             * @property {number|Long|null} [afterSeq] GetRequest afterSeq
             * @property {boolean|null} [next] GetRequest next
             * @property {number|null} [waitMs] GetRequest waitMs
             * @property {string|null} [ring] GetRequest ring
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetRequest.
             * @memberof ringwire.v1
             * @interface IGetRequest
             * @augments ringwire.v1.GetRequest.$Properties
             * @deprecated Use ringwire.v1.GetRequest.$Properties instead.
             */

            /**
             * Shape of a GetRequest.
             * @typedef {ringwire.v1.GetRequest.$Properties} ringwire.v1.GetRequest.$Shape
             */

            /**
             * Constructs a new GetRequest.
             * @memberof ringwire.v1
             * @classdesc Represents a GetRequest.
             * @constructor
             * @param {ringwire.v1.GetRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var GetRequest = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GetRequest count.
             * @member {number} count
             * @memberof ringwire.v1.GetRequest
             * @instance
             */
            GetRequest.prototype.count = 0;

            /**
             * GetRequest afterSeq.
             * @member {number|Long|null|undefined} afterSeq
             * @memberof ringwire.v1.GetRequest
             * @instance
             */
            GetRequest.prototype.afterSeq = null;

            /**
             * GetRequest next.
             * @member {boolean} next
             * @memberof ringwire.v1.GetRequest
             * @instance
             */
            GetRequest.prototype.next = false;

            /**
             * GetRequest waitMs.
             * @member {number} waitMs
             * @memberof ringwire.v1.GetRequest
             * @instance
             */
            GetRequest.prototype.waitMs = 0;

            /**
             * GetRequest ring.
             * @member {string} ring
             * @memberof ringwire.v1.GetRequest
             * @instance
             */
            GetRequest.prototype.ring = "";

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(GetRequest.prototype, "_afterSeq", {
                get: $util.oneOfGetter($oneOfFields = ["afterSeq"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new GetRequest instance using the specified properties.
             * @function create
             * @memberof ringwire.v1.GetRequest
             * @static
             * @param {ringwire.v1.GetRequest.$Properties=} [properties] Properties to set
             * @returns {ringwire.v1.GetRequest} GetRequest instance
             * @type {{
             *   (properties: ringwire.v1.GetRequest.$Shape): ringwire.v1.GetRequest & ringwire.v1.GetRequest.$Shape;
             *   (properties?: ringwire.v1.GetRequest.$Properties): ringwire.v1.GetRequest;
             * }}
             */
            GetRequest.create = function(properties) {
                return new GetRequest(properties);
            };

            /**
             * Encodes the specified GetRequest message. Does not implicitly {@link ringwire.v1.GetRequest.verify|verify} messages.
             * @function encode
             * @memberof ringwire.v1.GetRequest
             * @static
             * @param {ringwire.v1.GetRequest.$Properties} message GetRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.count);
                if (message.afterSeq != null && $Object.hasOwnProperty.call(message, "afterSeq"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.afterSeq);
                if (message.next != null && $Object.hasOwnProperty.call(message, "next") && message.next !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.next);
                if (message.waitMs != null && $Object.hasOwnProperty.call(message, "waitMs") && message.waitMs !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.waitMs);
                if (message.ring != null && $Object.hasOwnProperty.call(message, "ring") && message.ring !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.ring);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GetRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ringwire.v1.GetRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringwire.v1.GetRequest & ringwire.v1.GetRequest.$Shape} GetRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringwire.v1.GetRequest();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.count = value;
                            else
                                delete message.count;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.afterSeq = reader.uint64();
                            message._afterSeq = "afterSeq";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.next = value;
                            else
                                delete message.next;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.waitMs = value;
                            else
                                delete message.waitMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ring = value;
                            else
                                delete message.ring;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return GetRequest;
        })();

        v1.GetReply = (function() {

            /**
             * Properties of a GetReply.
             * @typedef {Object} ringwire.v1.GetReply.$Properties
             * @property {Array.<ringwire.v1.Message.$Properties>|null} [messages] GetReply messages
             * @property {number|Long|null} [lost] GetReply lost
             * @property {number|Long|null} [oldestSeq] GetReply oldestSeq
             * @property {number|Long|null} [nextSeq] GetReply nextSeq
             * @property {boolean|null} [truncated] GetReply truncated
             * @property {number|Long|null} [deleted] GetReply deleted
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetReply.
             * @memberof ringwire.v1
             * @interface IGetReply
             * @augments ringwire.v1.GetReply.$Properties
             * @deprecated Use ringwire.v1.GetReply.$Properties instead.
             */

            /**
             * Shape of a GetReply.
             * @typedef {ringwire.v1.GetReply.$Properties} ringwire.v1.GetReply.$Shape
             */

            /**
             * Constructs a new GetReply.
             * @memberof ringwire.v1
             * @classdesc Represents a GetReply.
             * @constructor
             * @param {ringwire.v1.GetReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var GetReply = function (properties) {
                this.messages = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GetReply messages.
             * @member {Array.<ringwire.v1.Message.$Properties>} messages
             * @memberof ringwire.v1.GetReply
             * @instance
             */
            GetReply.prototype.messages = $util.emptyArray;

            /**
             * GetReply lost.
             * @member {number|Long} lost
             * @memberof ringwire.v1.GetReply
             * @instance
             */
            GetReply.prototype.lost = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * GetReply oldestSeq.
             * @member {number|Long} oldestSeq
             * @memberof ringwire.v1.GetReply
             * @instance
             */
            GetReply.prototype.oldestSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * GetReply nextSeq.
             * @member {number|Long} nextSeq
             * @memberof ringwire.v1.GetReply
             * @instance
             */
            GetReply.prototype.nextSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * GetReply truncated.
             * @member {boolean} truncated
             * @memberof ringwire.v1.GetReply
             * @instance
             */
            GetReply.prototype.truncated = false;

            /**
             * GetReply deleted.
             * @member {number|Long} deleted
             * @memberof ringwire.v1.GetReply
             * @instance
             */
            GetReply.prototype.deleted = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new GetReply instance using the specified properties.
             * @function create
             * @memberof ringwire.v1.GetReply
             * @static
             * @param {ringwire.v1.GetReply.$Properties=} [properties] Properties to set
             * @returns {ringwire.v1.GetReply} GetReply instance
             * @type {{
             *   (properties: ringwire.v1.GetReply.$Shape): ringwire.v1.GetReply & ringwire.v1.GetReply.$Shape;
             *   (properties?: ringwire.v1.GetReply.$Properties): ringwire.v1.GetReply;
             * }}
             */
            GetReply.create = function(properties) {
                return new GetReply(properties);
            };

            /**
             * Encodes the specified GetReply message. Does not implicitly {@link ringwire.v1.GetReply.verify|verify} messages.
             * @function encode
             * @memberof ringwire.v1.GetReply
             * @static
             * @param {ringwire.v1.GetReply.$Properties} message GetReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messages != null && message.messages.length)
                    for (var i = 0; i < message.messages.length; ++i)
                        $root.ringwire.v1.Message.encode(message.messages[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.lost != null && $Object.hasOwnProperty.call(message, "lost") && (typeof message.lost === "object" ? message.lost.low || message.lost.high : message.lost !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.lost);
                if (message.oldestSeq != null && $Object.hasOwnProperty.call(message, "oldestSeq") && (typeof message.oldestSeq === "object" ? message.oldestSeq.low || message.oldestSeq.high : message.oldestSeq !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.oldestSeq);
                if (message.nextSeq != null && $Object.hasOwnProperty.call(message, "nextSeq") && (typeof message.nextSeq === "object" ? message.nextSeq.low || message.nextSeq.high : message.nextSeq !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.nextSeq);
                if (message.truncated != null && $Object.hasOwnProperty.call(message, "truncated") && message.truncated !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.truncated);
                if (message.deleted != null && $Object.hasOwnProperty.call(message, "deleted") && (typeof message.deleted === "object" ? message.deleted.low || message.deleted.high : message.deleted !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.deleted);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GetReply message from the specified reader or buffer.
             * @function decode
             * @memberof ringwire.v1.GetReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringwire.v1.GetReply & ringwire.v1.GetReply.$Shape} GetReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringwire.v1.GetReply();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.messages && message.messages.length))
                                message.messages = [];
                            message.messages.push($root.ringwire.v1.Message.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lost = value;
                            else
                                delete message.lost;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.oldestSeq = value;
                            else
                                delete message.oldestSeq;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nextSeq = value;
                            else
                                delete message.nextSeq;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.truncated = value;
                            else
                                delete message.truncated;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.deleted = value;
                            else
                                delete message.deleted;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return GetReply;
        })();

        v1.Message = (function() {

            /**
             * Properties of a Message.
             * @typedef {Object} ringwire.v1.Message.$Properties
             * @property {number|Long|null} [seq] Message seq
             * @property {number|Long|null} [timestampMs] Message timestampMs
             * @property {string|null} [sender] Message sender
             * @property {Uint8Array|null} [payload] Message payload
             * @property {number|Long|null} [updatedMs] Message updatedMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Message.
             * @memberof ringwire.v1
             * @interface IMessage
             * @augments ringwire.v1.Message.$Properties
             * @deprecated Use ringwire.v1.Message.$Properties instead.
             */

            /**
             * Shape of a Message.
             * @typedef {ringwire.v1.Message.$Properties} ringwire.v1.Message.$Shape
             */

            /**
             * Constructs a new Message.
             * @memberof ringwire.v1
             * @classdesc Represents a Message.
             * @constructor
             * @param {ringwire.v1.Message.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Message = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Message seq.
             * @member {number|Long} seq
             * @memberof ringwire.v1.Message
             * @instance
             */
            Message.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Message timestampMs.
             * @member {number|Long} timestampMs
             * @memberof ringwire.v1.Message
             * @instance
             */
            Message.prototype.timestampMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Message sender.
             * @member {string} sender
             * @memberof ringwire.v1.Message
             * @instance
             */
            Message.prototype.sender = "";

            /**
             * Message payload.
             * @member {Uint8Array} payload
             * @memberof ringwire.v1.Message
             * @instance
             */
            Message.prototype.payload = $util.newBuffer([]);

            /**
             * Message updatedMs.
             * @member {number|Long} updatedMs
             * @memberof ringwire.v1.Message
             * @instance
             */
            Message.prototype.updatedMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Message instance using the specified properties.
             * @function create
             * @memberof ringwire.v1.Message
             * @static
             * @param {ringwire.v1.Message.$Properties=} [properties] Properties to set
             * @returns {ringwire.v1.Message} Message instance
             * @type {{
             *   (properties: ringwire.v1.Message.$Shape): ringwire.v1.Message & ringwire.v1.Message.$Shape;
             *   (properties?: ringwire.v1.Message.$Properties): ringwire.v1.Message;
             * }}
             */
            Message.create = function(properties) {
                return new Message(properties);
            };

            /**
             * Encodes the specified Message message. Does not implicitly {@link ringwire.v1.Message.verify|verify} messages.
             * @function encode
             * @memberof ringwire.v1.Message
             * @static
             * @param {ringwire.v1.Message.$Properties} message Message message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Message.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.seq);
                if (message.timestampMs != null && $Object.hasOwnProperty.call(message, "timestampMs") && (typeof message.timestampMs === "object" ? message.timestampMs.low || message.timestampMs.high : message.timestampMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.timestampMs);
                if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.sender);
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.payload);
                if (message.updatedMs != null && $Object.hasOwnProperty.call(message, "updatedMs") && (typeof message.updatedMs === "object" ? message.updatedMs.low || message.updatedMs.high : message.updatedMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.updatedMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Message message from the specified reader or buffer.
             * @function decode
             * @memberof ringwire.v1.Message
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringwire.v1.Message & ringwire.v1.Message.$Shape} Message
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Message.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringwire.v1.Message();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.timestampMs = value;
                            else
                                delete message.timestampMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sender = value;
                            else
                                delete message.sender;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.updatedMs = value;
                            else
                                delete message.updatedMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Message;
        })();

        v1.SubscribeRequest = (function() {

            /**
             * Properties of a SubscribeRequest.
             * @typedef {Object} ringwire.v1.SubscribeRequest.$Properties
             * @property {ringwire.v1.SubscribeRequest.Start|null} [start] SubscribeRequest start
             * @property {number|Long|null} [fromSeq] SubscribeRequest fromSeq
             * @property {string|null} [ring] SubscribeRequest ring
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SubscribeRequest.
             * @memberof ringwire.v1
             * @interface ISubscribeRequest
             * @augments ringwire.v1.SubscribeRequest.$Properties
             * @deprecated Use ringwire.v1.SubscribeRequest.$Properties instead.
             */

            /**
             * Shape of a SubscribeRequest.
             * @typedef {ringwire.v1.SubscribeRequest.$Properties} ringwire.v1.SubscribeRequest.$Shape
             */

            /**
             * Constructs a new SubscribeRequest.
             * @memberof ringwire.v1
             * @classdesc Represents a SubscribeRequest.
             * @constructor
             * @param {ringwire.v1.SubscribeRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SubscribeRequest = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SubscribeRequest start.
             * @member {ringwire.v1.SubscribeRequest.Start} start
             * @memberof ringwire.v1.SubscribeRequest
             * @instance
             */
            SubscribeRequest.prototype.start = 0;

            /**
             * SubscribeRequest fromSeq.
             * @member {number|Long} fromSeq
             * @memberof ringwire.v1.SubscribeRequest
             * @instance
             */
            SubscribeRequest.prototype.fromSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SubscribeRequest ring.
             * @member {string} ring
             * @memberof ringwire.v1.SubscribeRequest
             * @instance
             */
            SubscribeRequest.prototype.ring = "";

            /**
             * Creates a new SubscribeRequest instance using the specified properties.
             * @function create
             * @memberof ringwire.v1.SubscribeRequest
             * @static
             * @param {ringwire.v1.SubscribeRequest.$Properties=} [properties] Properties to set
             * @returns {ringwire.v1.SubscribeRequest} SubscribeRequest instance
             * @type {{
             *   (properties: ringwire.v1.SubscribeRequest.$Shape): ringwire.v1.SubscribeRequest & ringwire.v1.SubscribeRequest.$Shape;
             *   (properties?: ringwire.v1.SubscribeRequest.$Properties): ringwire.v1.SubscribeRequest;
             * }}
             */
            SubscribeRequest.create = function(properties) {
                return new SubscribeRequest(properties);
            };

            /**
             * Encodes the specified SubscribeRequest message. Does not implicitly {@link ringwire.v1.SubscribeRequest.verify|verify} messages.
             * @function encode
             * @memberof ringwire.v1.SubscribeRequest
             * @static
             * @param {ringwire.v1.SubscribeRequest.$Properties} message SubscribeRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubscribeRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.start != null && $Object.hasOwnProperty.call(message, "start") && message.start !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.start);
                if (message.fromSeq != null && $Object.hasOwnProperty.call(message, "fromSeq") && (typeof message.fromSeq === "object" ? message.fromSeq.low || message.fromSeq.high : message.fromSeq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.fromSeq);
                if (message.ring != null && $Object.hasOwnProperty.call(message, "ring") && message.ring !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.ring);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SubscribeRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ringwire.v1.SubscribeRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringwire.v1.SubscribeRequest & ringwire.v1.SubscribeRequest.$Shape} SubscribeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubscribeRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringwire.v1.SubscribeRequest();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.start = value;
                            else
                                delete message.start;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.fromSeq = value;
                            else
                                delete message.fromSeq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ring = value;
                            else
                                delete message.ring;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Start enum.
             * @name ringwire.v1.SubscribeRequest.Start
             * @enum {number}
             * @property {number} NOW=0 NOW value
             * @property {number} OLDEST=1 OLDEST value
             * @property {number} SEQ=2 SEQ value
             */
            SubscribeRequest.Start = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "NOW"] = 0;
                values[valuesById[1] = "OLDEST"] = 1;
                values[valuesById[2] = "SEQ"] = 2;
                return values;
            })();

            return SubscribeRequest;
        })();

        v1.SubscribeReply = (function() {

            /**
             * Properties of a SubscribeReply.
             * @typedef {Object} ringwire.v1.SubscribeReply.$Properties
             * @property {number|Long|null} [startSeq] SubscribeReply startSeq
             * @property {number|null} [subscriptionId] SubscribeReply subscriptionId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SubscribeReply.
             * @memberof ringwire.v1
             * @interface ISubscribeReply
             * @augments ringwire.v1.SubscribeReply.$Properties
             * @deprecated Use ringwire.v1.SubscribeReply.$Properties instead.
             */

            /**
             * Shape of a SubscribeReply.
             * @typedef {ringwire.v1.SubscribeReply.$Properties} ringwire.v1.SubscribeReply.$Shape
             */

            /**
             * Constructs a new SubscribeReply.
             * @memberof ringwire.v1
             * @classdesc Represents a SubscribeReply.
             * @constructor
             * @param {ringwire.v1.SubscribeReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SubscribeReply = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SubscribeReply startSeq.
             * @member {number|Long} startSeq
             * @memberof ringwire.v1.SubscribeReply
             * @instance
             */
            SubscribeReply.prototype.startSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SubscribeReply subscriptionId.
             * @member {number} subscriptionId
             * @memberof ringwire.v1.SubscribeReply
             * @instance
             */
            SubscribeReply.prototype.subscriptionId = 0;

            /**
             * Creates a new SubscribeReply instance using the specified properties.
             * @function create
             * @memberof ringwire.v1.SubscribeReply
             * @static
             * @param {ringwire.v1.SubscribeReply.$Properties=} [properties] Properties to set
             * @returns {ringwire.v1.SubscribeReply} SubscribeReply instance
             * @type {{
             *   (properties: ringwire.v1.SubscribeReply.$Shape): ringwire.v1.SubscribeReply & ringwire.v1.SubscribeReply.$Shape;
             *   (properties?: ringwire.v1.SubscribeReply.$Properties): ringwire.v1.SubscribeReply;
             * }}
             */
            SubscribeReply.create = function(properties) {
                return new SubscribeReply(properties);
            };

            /**
             * Encodes the specified SubscribeReply message. Does not implicitly {@link ringwire.v1.SubscribeReply.verify|verify} messages.
             * @function encode
             * @memberof ringwire.v1.SubscribeReply
             * @static
             * @param {ringwire.v1.SubscribeReply.$Properties} message SubscribeReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubscribeReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.startSeq != null && $Object.hasOwnProperty.call(message, "startSeq") && (typeof message.startSeq === "object" ? message.startSeq.low || message.startSeq.high : message.startSeq !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.startSeq);
                if (message.subscriptionId != null && $Object.hasOwnProperty.call(message, "subscriptionId") && message.subscriptionId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.subscriptionId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SubscribeReply message from the specified reader or buffer.
             * @function decode
             * @memberof ringwire.v1.SubscribeReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringwire.v1.SubscribeReply & ringwire.v1.SubscribeReply.$Shape} SubscribeReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubscribeReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringwire.v1.SubscribeReply();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.startSeq = value;
                            else
                                delete message.startSeq;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.subscriptionId = value;
                            else
                                delete message.subscriptionId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return SubscribeReply;
        })();

        v1.UnsubscribeRequest = (function() {

            /**
             * Properties of an UnsubscribeRequest.
             * @typedef {Object} ringwire.v1.UnsubscribeRequest.$Properties
             * @property {number|null} [subscriptionId] UnsubscribeRequest subscriptionId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UnsubscribeRequest.
             * @memberof ringwire.v1
             * @interface IUnsubscribeRequest
             * @augments ringwire.v1.UnsubscribeRequest.$Properties
             * @deprecated Use ringwire.v1.UnsubscribeRequest.$Properties instead.
             */

            /**
             * Shape of an UnsubscribeRequest.
             * @typedef {ringwire.v1.UnsubscribeRequest.$Properties} ringwire.v1.UnsubscribeRequest.$Shape
             */

            /**
             * Constructs a new UnsubscribeRequest.
             * @memberof ringwire.v1
             * @classdesc Represents an UnsubscribeRequest.
             * @constructor
             * @param {ringwire.v1.UnsubscribeRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var UnsubscribeRequest = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UnsubscribeRequest subscriptionId.
             * @member {number} subscriptionId
             * @memberof ringwire.v1.UnsubscribeRequest
             * @instance
             */
            UnsubscribeRequest.prototype.subscriptionId = 0;

            /**
             * Creates a new UnsubscribeRequest instance using the specified properties.
             * @function create
             * @memberof ringwire.v1.UnsubscribeRequest
             * @static
             * @param {ringwire.v1.UnsubscribeRequest.$Properties=} [properties] Properties to set
             * @returns {ringwire.v1.UnsubscribeRequest} UnsubscribeRequest instance
             * @type {{
             *   (properties: ringwire.v1.UnsubscribeRequest.$Shape): ringwire.v1.UnsubscribeRequest & ringwire.v1.UnsubscribeRequest.$Shape;
             *   (properties?: ringwire.v1.UnsubscribeRequest.$Properties): ringwire.v1.UnsubscribeRequest;
             * }}
             */
            UnsubscribeRequest.create = function(properties) {
                return new UnsubscribeRequest(properties);
            };

            /**
             * Encodes the specified UnsubscribeRequest message. Does not implicitly {@link ringwire.v1.UnsubscribeRequest.verify|verify} messages.
             * @function encode
             * @memberof ringwire.v1.UnsubscribeRequest
             * @static
             * @param {ringwire.v1.UnsubscribeRequest.$Properties} message UnsubscribeRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UnsubscribeRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.subscriptionId != null && $Object.hasOwnProperty.call(message, "subscriptionId") && message.subscriptionId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.subscriptionId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an UnsubscribeRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ringwire.v1.UnsubscribeRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringwire.v1.UnsubscribeRequest & ringwire.v1.UnsubscribeRequest.$Shape} UnsubscribeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UnsubscribeRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringwire.v1.UnsubscribeRequest();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.subscriptionId = value;
                            else
                                delete message.subscriptionId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return UnsubscribeRequest;
        })();

        v1.UnsubscribeReply = (function() {

            /**
             * Properties of an UnsubscribeReply.
             * @typedef {Object} ringwire.v1.UnsubscribeReply.$Properties
             * @property {number|Long|null} [lastSeq] UnsubscribeReply lastSeq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UnsubscribeReply.
             * @memberof ringwire.v1
             * @interface IUnsubscribeReply
             * @augments ringwire.v1.UnsubscribeReply.$Properties
             * @deprecated Use ringwire.v1.UnsubscribeReply.$Properties instead.
             */

            /**
             * Shape of an UnsubscribeReply.
             * @typedef {ringwire.v1.UnsubscribeReply.$Properties} ringwire.v1.UnsubscribeReply.$Shape
             */

            /**
             * Constructs a new UnsubscribeReply.
             * @memberof ringwire.v1
             * @classdesc Represents an UnsubscribeReply.
             * @constructor
             * @param {ringwire.v1.UnsubscribeReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var UnsubscribeReply = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UnsubscribeReply lastSeq.
             * @member {number|Long} lastSeq
             * @memberof ringwire.v1.UnsubscribeReply
             * @instance
             */
            UnsubscribeReply.prototype.lastSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new UnsubscribeReply instance using the specified properties.
             * @function create
             * @memberof ringwire.v1.UnsubscribeReply
             * @static
             * @param {ringwire.v1.UnsubscribeReply.$Properties=} [properties] Properties to set
             * @returns {ringwire.v1.UnsubscribeReply} UnsubscribeReply instance
             * @type {{
             *   (properties: ringwire.v1.UnsubscribeReply.$Shape): ringwire.v1.UnsubscribeReply & ringwire.v1.UnsubscribeReply.$Shape;
             *   (properties?: ringwire.v1.UnsubscribeReply.$Properties): ringwire.v1.UnsubscribeReply;
             * }}
             */
            UnsubscribeReply.create = function(properties) {
                return new UnsubscribeReply(properties);
            };

            /**
             * Encodes the specified UnsubscribeReply message. Does not implicitly {@link ringwire.v1.UnsubscribeReply.verify|verify} messages.
             * @function encode
             * @memberof ringwire.v1.UnsubscribeReply
             * @static
             * @param {ringwire.v1.UnsubscribeReply.$Properties} message UnsubscribeReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UnsubscribeReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq") && (typeof message.lastSeq === "object" ? message.lastSeq.low || message.lastSeq.high : message.lastSeq !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.lastSeq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an UnsubscribeReply message from the specified reader or buffer.
             * @function decode
             * @memberof ringwire.v1.UnsubscribeReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringwire.v1.UnsubscribeReply & ringwire.v1.UnsubscribeReply.$Shape} UnsubscribeReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UnsubscribeReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringwire.v1.UnsubscribeReply();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastSeq = value;
                            else
                                delete message.lastSeq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return UnsubscribeReply;
        })();

        v1.UpdateRequest = (function() {

            /**
             * Properties of an UpdateRequest.
             * @typedef {Object} ringwire.v1.UpdateRequest.$Properties
             * @property {number|Long|null} [seq] UpdateRequest seq
             * @property {Uint8Array|null} [payload] UpdateRequest payload
             * @property {string|null} [ring] UpdateRequest ring
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UpdateRequest.
             * @memberof ringwire.v1
             * @interface IUpdateRequest
             * @augments ringwire.v1.UpdateRequest.$Properties
             * @deprecated Use ringwire.v1.UpdateRequest.$Properties instead.
             */

            /**
             * Shape of an UpdateRequest.
             * @typedef {ringwire.v1.UpdateRequest.$Properties} ringwire.v1.UpdateRequest.$Shape
             */

            /**
             * Constructs a new UpdateRequest.
             * @memberof ringwire.v1
             * @classdesc Represents an UpdateRequest.
             * @constructor
             * @param {ringwire.v1.UpdateRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var UpdateRequest = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UpdateRequest seq.
             * @member {number|Long} seq
             * @memberof ringwire.v1.UpdateRequest
             * @instance
             */
            UpdateRequest.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * UpdateRequest payload.
             * @member {Uint8Array} payload
             * @memberof ringwire.v1.UpdateRequest
             * @instance
             */
            UpdateRequest.prototype.payload = $util.newBuffer([]);

            /**
             * UpdateRequest ring.
             * @member {string} ring
             * @memberof ringwire.v1.UpdateRequest
             * @instance
             */
            UpdateRequest.prototype.ring = "";

            /**
             * Creates a new UpdateRequest instance using the specified properties.
             * @function create
             * @memberof ringwire.v1.UpdateRequest
             * @static
             * @param {ringwire.v1.UpdateRequest.$Properties=} [properties] Properties to set
             * @returns {ringwire.v1.UpdateRequest} UpdateRequest instance
             * @type {{
             *   (properties: ringwire.v1.UpdateRequest.$Shape): ringwire.v1.UpdateRequest & ringwire.v1.UpdateRequest.$Shape;
             *   (properties?: ringwire.v1.UpdateRequest.$Properties): ringwire.v1.UpdateRequest;
             * }}
             */
            UpdateRequest.create = function(properties) {
                return new UpdateRequest(properties);
            };

            /**
             * Encodes the specified UpdateRequest message. Does not implicitly {@link ringwire.v1.UpdateRequest.verify|verify} messages.
             * @function encode
             * @memberof ringwire.v1.UpdateRequest
             * @static
             * @param {ringwire.v1.UpdateRequest.$Properties} message UpdateRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UpdateRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.seq);
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.payload);
                if (message.ring != null && $Object.hasOwnProperty.call(message, "ring") && message.ring !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.ring);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an UpdateRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ringwire.v1.UpdateRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringwire.v1.UpdateRequest & ringwire.v1.UpdateRequest.$Shape} UpdateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UpdateRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringwire.v1.UpdateRequest();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ring = value;
                            else
                                delete message.ring;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return UpdateRequest;
        })();

        v1.UpdateReply = (function() {

            /**
             * Properties of an UpdateReply.
             * @typedef {Object} ringwire.v1.UpdateReply.$Properties
             * @property {number|Long|null} [seq] UpdateReply seq
             * @property {number|Long|null} [updatedMs] UpdateReply updatedMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UpdateReply.
             * @memberof ringwire.v1
             * @interface IUpdateReply
             * @augments ringwire.v1.UpdateReply.$Properties
             * @deprecated Use ringwire.v1.UpdateReply.$Properties instead.
             */

            /**
             * Shape of an UpdateReply.
             * @typedef {ringwire.v1.UpdateReply.$Properties} ringwire.v1.UpdateReply.$Shape
             */

            /**
             * Constructs a new UpdateReply.
             * @memberof ringwire.v1
             * @classdesc Represents an UpdateReply.
             * @constructor
             * @param {ringwire.v1.UpdateReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var UpdateReply = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UpdateReply seq.
             * @member {number|Long} seq
             * @memberof ringwire.v1.UpdateReply
             * @instance
             */
            UpdateReply.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * UpdateReply updatedMs.
             * @member {number|Long} updatedMs
             * @memberof ringwire.v1.UpdateReply
             * @instance
             */
            UpdateReply.prototype.updatedMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new UpdateReply instance using the specified properties.
             * @function create
             * @memberof ringwire.v1.UpdateReply
             * @static
             * @param {ringwire.v1.UpdateReply.$Properties=} [properties] Properties to set
             * @returns {ringwire.v1.UpdateReply} UpdateReply instance
             * @type {{
             *   (properties: ringwire.v1.UpdateReply.$Shape): ringwire.v1.UpdateReply & ringwire.v1.UpdateReply.$Shape;
             *   (properties?: ringwire.v1.UpdateReply.$Properties): ringwire.v1.UpdateReply;
             * }}
             */
            UpdateReply.create = function(properties) {
                return new UpdateReply(properties);
            };

            /**
             * Encodes the specified UpdateReply message. Does not implicitly {@link ringwire.v1.UpdateReply.verify|verify} messages.
             * @function encode
             * @memberof ringwire.v1.UpdateReply
             * @static
             * @param {ringwire.v1.UpdateReply.$Properties} message UpdateReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UpdateReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.seq);
                if (message.updatedMs != null && $Object.hasOwnProperty.call(message, "updatedMs") && (typeof message.updatedMs === "object" ? message.updatedMs.low || message.updatedMs.high : message.updatedMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.updatedMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an UpdateReply message from the specified reader or buffer.
             * @function decode
             * @memberof ringwire.v1.UpdateReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringwire.v1.UpdateReply & ringwire.v1.UpdateReply.$Shape} UpdateReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UpdateReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringwire.v1.UpdateReply();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.updatedMs = value;
                            else
                                delete message.updatedMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return UpdateReply;
        })();

        v1.DeleteRequest = (function() {

            /**
             * Properties of a DeleteRequest.
             * @typedef {Object} ringwire.v1.DeleteRequest.$Properties
             * @property {number|Long|null} [seq] DeleteRequest seq
             * @property {string|null} [ring] DeleteRequest ring
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeleteRequest.
             * @memberof ringwire.v1
             * @interface IDeleteRequest
             * @augments ringwire.v1.DeleteRequest.$Properties
             * @deprecated Use ringwire.v1.DeleteRequest.$Properties instead.
             */

            /**
             * Shape of a DeleteRequest.
             * @typedef {ringwire.v1.DeleteRequest.$Properties} ringwire.v1.DeleteRequest.$Shape
             */

            /**
             * Constructs a new DeleteRequest.
             * @memberof ringwire.v1
             * @classdesc Represents a DeleteRequest.
             * @constructor
             * @param {ringwire.v1.DeleteRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var DeleteRequest = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeleteRequest seq.
             * @member {number|Long} seq
             * @memberof ringwire.v1.DeleteRequest
             * @instance
             */
            DeleteRequest.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DeleteRequest ring.
             * @member {string} ring
             * @memberof ringwire.v1.DeleteRequest
             * @instance
             */
            DeleteRequest.prototype.ring = "";

            /**
             * Creates a new DeleteRequest instance using the specified properties.
             * @function create
             * @memberof ringwire.v1.DeleteRequest
             * @static
             * @param {ringwire.v1.DeleteRequest.$Properties=} [properties] Properties to set
             * @returns {ringwire.v1.DeleteRequest} DeleteRequest instance
             * @type {{
             *   (properties: ringwire.v1.DeleteRequest.$Shape): ringwire.v1.DeleteRequest & ringwire.v1.DeleteRequest.$Shape;
             *   (properties?: ringwire.v1.DeleteRequest.$Properties): ringwire.v1.DeleteRequest;
             * }}
             */
            DeleteRequest.create = function(properties) {
                return new DeleteRequest(properties);
            };

            /**
             * Encodes the specified DeleteRequest message. Does not implicitly {@link ringwire.v1.DeleteRequest.verify|verify} messages.
             * @function encode
             * @memberof ringwire.v1.DeleteRequest
             * @static
             * @param {ringwire.v1.DeleteRequest.$Properties} message DeleteRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeleteRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.seq);
                if (message.ring != null && $Object.hasOwnProperty.call(message, "ring") && message.ring !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.ring);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeleteRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ringwire.v1.DeleteRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringwire.v1.DeleteRequest & ringwire.v1.DeleteRequest.$Shape} DeleteRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeleteRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringwire.v1.DeleteRequest();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ring = value;
                            else
                                delete message.ring;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return DeleteRequest;
        })();

        v1.DeleteReply = (function() {

            /**
             * Properties of a DeleteReply.
             * @typedef {Object} ringwire.v1.DeleteReply.$Properties
             * @property {number|Long|null} [seq] DeleteReply seq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeleteReply.
             * @memberof ringwire.v1
             * @interface IDeleteReply
             * @augments ringwire.v1.DeleteReply.$Properties
             * @deprecated Use ringwire.v1.DeleteReply.$Properties instead.
             */

            /**
             * Shape of a DeleteReply.
             * @typedef {ringwire.v1.DeleteReply.$Properties} ringwire.v1.DeleteReply.$Shape
             */

            /**
             * Constructs a new DeleteReply.
             * @memberof ringwire.v1
             * @classdesc Represents a DeleteReply.
             * @constructor
             * @param {ringwire.v1.DeleteReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var DeleteReply = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeleteReply seq.
             * @member {number|Long} seq
             * @memberof ringwire.v1.DeleteReply
             * @instance
             */
            DeleteReply.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new DeleteReply instance using the specified properties.
             * @function create
             * @memberof ringwire.v1.DeleteReply
             * @static
             * @param {ringwire.v1.DeleteReply.$Properties=} [properties] Properties to set
             * @returns {ringwire.v1.DeleteReply} DeleteReply instance
             * @type {{
             *   (properties: ringwire.v1.DeleteReply.$Shape): ringwire.v1.DeleteReply & ringwire.v1.DeleteReply.$Shape;
             *   (properties?: ringwire.v1.DeleteReply.$Properties): ringwire.v1.DeleteReply;
             * }}
             */
            DeleteReply.create = function(properties) {
                return new DeleteReply(properties);
            };

            /**
             * Encodes the specified DeleteReply message. Does not implicitly {@link ringwire.v1.DeleteReply.verify|verify} messages.
             * @function encode
             * @memberof ringwire.v1.DeleteReply
             * @static
             * @param {ringwire.v1.DeleteReply.$Properties} message DeleteReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeleteReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.seq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeleteReply message from the specified reader or buffer.
             * @function decode
             * @memberof ringwire.v1.DeleteReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringwire.v1.DeleteReply & ringwire.v1.DeleteReply.$Shape} DeleteReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeleteReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringwire.v1.DeleteReply();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return DeleteReply;
        })();

        v1.PingRequest = (function() {

            /**
             * Properties of a PingRequest.
             * @typedef {Object} ringwire.v1.PingRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PingRequest.
             * @memberof ringwire.v1
             * @interface IPingRequest
             * @augments ringwire.v1.PingRequest.$Properties
             * @deprecated Use ringwire.v1.PingRequest.$Properties instead.
             */

            /**
             * Shape of a PingRequest.
             * @typedef {ringwire.v1.PingRequest.$Properties} ringwire.v1.PingRequest.$Shape
             */

            /**
             * Constructs a new PingRequest.
             * @memberof ringwire.v1
             * @classdesc Represents a PingRequest.
             * @constructor
             * @param {ringwire.v1.PingRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var PingRequest = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new PingRequest instance using the specified properties.
             * @function create
             * @memberof ringwire.v1.PingRequest
             * @static
             * @param {ringwire.v1.PingRequest.$Properties=} [properties] Properties to set
             * @returns {ringwire.v1.PingRequest} PingRequest instance
             * @type {{
             *   (properties: ringwire.v1.PingRequest.$Shape): ringwire.v1.PingRequest & ringwire.v1.PingRequest.$Shape;
             *   (properties?: ringwire.v1.PingRequest.$Properties): ringwire.v1.PingRequest;
             * }}
             */
            PingRequest.create = function(properties) {
                return new PingRequest(properties);
            };

            /**
             * Encodes the specified PingRequest message. Does not implicitly {@link ringwire.v1.PingRequest.verify|verify} messages.
             * @function encode
             * @memberof ringwire.v1.PingRequest
             * @static
             * @param {ringwire.v1.PingRequest.$Properties} message PingRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PingRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PingRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ringwire.v1.PingRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringwire.v1.PingRequest & ringwire.v1.PingRequest.$Shape} PingRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PingRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringwire.v1.PingRequest();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return PingRequest;
        })();

        v1.PingReply = (function() {

            /**
             * Properties of a PingReply.
             * @typedef {Object} ringwire.v1.PingReply.$Properties
             * @property {number|Long|null} [serverTimeMs] PingReply serverTimeMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PingReply.
             * @memberof ringwire.v1
             * @interface IPingReply
             * @augments ringwire.v1.PingReply.$Properties
             * @deprecated Use ringwire.v1.PingReply.$Properties instead.
             */

            /**
             * Shape of a PingReply.
             * @typedef {ringwire.v1.PingReply.$Properties} ringwire.v1.PingReply.$Shape
             */

            /**
             * Constructs a new PingReply.
             * @memberof ringwire.v1
             * @classdesc Represents a PingReply.
             * @constructor
             * @param {ringwire.v1.PingReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var PingReply = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PingReply serverTimeMs.
             * @member {number|Long} serverTimeMs
             * @memberof ringwire.v1.PingReply
             * @instance
             */
            PingReply.prototype.serverTimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new PingReply instance using the specified properties.
             * @function create
             * @memberof ringwire.v1.PingReply
             * @static
             * @param {ringwire.v1.PingReply.$Properties=} [properties] Properties to set
             * @returns {ringwire.v1.PingReply} PingReply instance
             * @type {{
             *   (properties: ringwire.v1.PingReply.$Shape): ringwire.v1.PingReply & ringwire.v1.PingReply.$Shape;
             *   (properties?: ringwire.v1.PingReply.$Properties): ringwire.v1.PingReply;
             * }}
             */
            PingReply.create = function(properties) {
                return new PingReply(properties);
            };

            /**
             * Encodes the specified PingReply message. Does not implicitly {@link ringwire.v1.PingReply.verify|verify} messages.
             * @function encode
             * @memberof ringwire.v1.PingReply
             * @static
             * @param {ringwire.v1.PingReply.$Properties} message PingReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PingReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.serverTimeMs != null && $Object.hasOwnProperty.call(message, "serverTimeMs") && (typeof message.serverTimeMs === "object" ? message.serverTimeMs.low || message.serverTimeMs.high : message.serverTimeMs !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.serverTimeMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PingReply message from the specified reader or buffer.
             * @function decode
             * @memberof ringwire.v1.PingReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringwire.v1.PingReply & ringwire.v1.PingReply.$Shape} PingReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PingReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringwire.v1.PingReply();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.serverTimeMs = value;
                            else
                                delete message.serverTimeMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return PingReply;
        })();

        v1.StatsRequest = (function() {

            /**
             * Properties of a StatsRequest.
             * @typedef {Object} ringwire.v1.StatsRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StatsRequest.
             * @memberof ringwire.v1
             * @interface IStatsRequest
             * @augments ringwire.v1.StatsRequest.$Properties
             * @deprecated Use ringwire.v1.StatsRequest.$Properties instead.
             */

            /**
             * Shape of a StatsRequest.
             * @typedef {ringwire.v1.StatsRequest.$Properties} ringwire.v1.StatsRequest.$Shape
             */

            /**
             * Constructs a new StatsRequest.
             * @memberof ringwire.v1
             * @classdesc Represents a StatsRequest.
             * @constructor
             * @param {ringwire.v1.StatsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var StatsRequest = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new StatsRequest instance using the specified properties.
             * @function create
             * @memberof ringwire.v1.StatsRequest
             * @static
             * @param {ringwire.v1.StatsRequest.$Properties=} [properties] Properties to set
             * @returns {ringwire.v1.StatsRequest} StatsRequest instance
             * @type {{
             *   (properties: ringwire.v1.StatsRequest.$Shape): ringwire.v1.StatsRequest & ringwire.v1.StatsRequest.$Shape;
             *   (properties?: ringwire.v1.StatsRequest.$Properties): ringwire.v1.StatsRequest;
             * }}
             */
            StatsRequest.create = function(properties) {
                return new StatsRequest(properties);
            };

            /**
             * Encodes the specified StatsRequest message. Does not implicitly {@link ringwire.v1.StatsRequest.verify|verify} messages.
             * @function encode
             * @memberof ringwire.v1.StatsRequest
             * @static
             * @param {ringwire.v1.StatsRequest.$Properties} message StatsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StatsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StatsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ringwire.v1.StatsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringwire.v1.StatsRequest & ringwire.v1.StatsRequest.$Shape} StatsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StatsRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringwire.v1.StatsRequest();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return StatsRequest;
        })();

        v1.StatsReply = (function() {

            /**
             * Properties of a StatsReply.
             * @typedef {Object} ringwire.v1.StatsReply.$Properties
             * @property {number|Long|null} [uptimeMs] StatsReply uptimeMs
             * @property {number|null} [connections] StatsReply connections
             * @property {number|null} [subscribers] StatsReply subscribers
             * @property {Object.<string,number|Long>|null} [requests] StatsReply requests
             * @property {number|null} [ringCapacity] StatsReply ringCapacity
             * @property {number|Long|null} [ringMessages] StatsReply ringMessages
             * @property {number|Long|null} [ringBytes] StatsReply ringBytes
             * @property {number|Long|null} [firstSeq] StatsReply firstSeq
             * @property {number|Long|null} [lastSeq] StatsReply lastSeq
             * @property {string|null} [overflow] StatsReply overflow
             * @property {Object.<string,number|Long>|null} [errors] StatsReply errors
             * @property {number|null} [rings] StatsReply rings
             * @property {number|Long|null} [totalMessages] StatsReply totalMessages
             * @property {number|Long|null} [totalBytes] StatsReply totalBytes
             * @property {string|null} [dataDir] StatsReply dataDir
             * @property {string|null} [fsync] StatsReply fsync
             * @property {number|Long|null} [logBytes] StatsReply logBytes
             * @property {number|Long|null} [lastFsyncMs] StatsReply lastFsyncMs
             * @property {string|null} [recovery] StatsReply recovery
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StatsReply.
             * @memberof ringwire.v1
             * @interface IStatsReply
             * @augments ringwire.v1.StatsReply.$Properties
             * @deprecated Use ringwire.v1.StatsReply.$Properties instead.
             */

            /**
             * Shape of a StatsReply.
             * @typedef {ringwire.v1.StatsReply.$Properties} ringwire.v1.StatsReply.$Shape
             */

            /**
             * Constructs a new StatsReply.
             * @memberof ringwire.v1
             * @classdesc Represents a StatsReply.
             * @constructor
             * @param {ringwire.v1.StatsReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var StatsReply = function (properties) {
                this.requests = {};
                this.errors = {};
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StatsReply uptimeMs.
             * @member {number|Long} uptimeMs
             * @memberof ringwire.v1.StatsReply
             * @instance
             */
            StatsReply.prototype.uptimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StatsReply connections.
             * @member {number} connections
             * @memberof ringwire.v1.StatsReply
             * @instance
             */
            StatsReply.prototype.connections = 0;

            /**
             * StatsReply subscribers.
             * @member {number} subscribers
             * @memberof ringwire.v1.StatsReply
             * @instance
             */
            StatsReply.prototype.subscribers = 0;

            /**
             * StatsReply requests.
             * @member {Object.<string,number|Long>} requests
             * @memberof ringwire.v1.StatsReply
             * @instance
             */
            StatsReply.prototype.requests = $util.emptyObject;

            /**
             * StatsReply ringCapacity.
             * @member {number} ringCapacity
             * @memberof ringwire.v1.StatsReply
             * @instance
             */
            StatsReply.prototype.ringCapacity = 0;

            /**
             * StatsReply ringMessages.
             * @member {number|Long} ringMessages
             * @memberof ringwire.v1.StatsReply
             * @instance
             */
            StatsReply.prototype.ringMessages = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StatsReply ringBytes.
             * @member {number|Long} ringBytes
             * @memberof ringwire.v1.StatsReply
             * @instance
             */
            StatsReply.prototype.ringBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StatsReply firstSeq.
             * @member {number|Long} firstSeq
             * @memberof ringwire.v1.StatsReply
             * @instance
             */
            StatsReply.prototype.firstSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StatsReply lastSeq.
             * @member {number|Long} lastSeq
             * @memberof ringwire.v1.StatsReply
             * @instance
             */
            StatsReply.prototype.lastSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StatsReply overflow.
             * @member {string} overflow
             * @memberof ringwire.v1.StatsReply
             * @instance
             */
            StatsReply.prototype.overflow = "";

            /**
             * StatsReply errors.
             * @member {Object.<string,number|Long>} errors
             * @memberof ringwire.v1.StatsReply
             * @instance
             */
            StatsReply.prototype.errors = $util.emptyObject;

            /**
             * StatsReply rings.
             * @member {number} rings
             * @memberof ringwire.v1.StatsReply
             * @instance
             */
            StatsReply.prototype.rings = 0;

            /**
             * StatsReply totalMessages.
             * @member {number|Long} totalMessages
             * @memberof ringwire.v1.StatsReply
             * @instance
             */
            StatsReply.prototype.totalMessages = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StatsReply totalBytes.
             * @member {number|Long} totalBytes
             * @memberof ringwire.v1.StatsReply
             * @instance
             */
            StatsReply.prototype.totalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StatsReply dataDir.
             * @member {string} dataDir
             * @memberof ringwire.v1.StatsReply
             * @instance
             */
            StatsReply.prototype.dataDir = "";

            /**
             * StatsReply fsync.
             * @member {string} fsync
             * @memberof ringwire.v1.StatsReply
             * @instance
             */
            StatsReply.prototype.fsync = "";

            /**
             * StatsReply logBytes.
             * @member {number|Long} logBytes
             * @memberof ringwire.v1.StatsReply
             * @instance
             */
            StatsReply.prototype.logBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StatsReply lastFsyncMs.
             * @member {number|Long} lastFsyncMs
             * @memberof ringwire.v1.StatsReply
             * @instance
             */
            StatsReply.prototype.lastFsyncMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StatsReply recovery.
             * @member {string} recovery
             * @memberof ringwire.v1.StatsReply
             * @instance
             */
            StatsReply.prototype.recovery = "";

            /**
             * Creates a new StatsReply instance using the specified properties.
             * @function create
             * @memberof ringwire.v1.StatsReply
             * @static
             * @param {ringwire.v1.StatsReply.$Properties=} [properties] Properties to set
             * @returns {ringwire.v1.StatsReply} StatsReply instance
             * @type {{
             *   (properties: ringwire.v1.StatsReply.$Shape): ringwire.v1.StatsReply & ringwire.v1.StatsReply.$Shape;
             *   (properties?: ringwire.v1.StatsReply.$Properties): ringwire.v1.StatsReply;
             * }}
             */
            StatsReply.create = function(properties) {
                return new StatsReply(properties);
            };

            /**
             * Encodes the specified StatsReply message. Does not implicitly {@link ringwire.v1.StatsReply.verify|verify} messages.
             * @function encode
             * @memberof ringwire.v1.StatsReply
             * @static
             * @param {ringwire.v1.StatsReply.$Properties} message StatsReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StatsReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.uptimeMs != null && $Object.hasOwnProperty.call(message, "uptimeMs") && (typeof message.uptimeMs === "object" ? message.uptimeMs.low || message.uptimeMs.high : message.uptimeMs !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.uptimeMs);
                if (message.connections != null && $Object.hasOwnProperty.call(message, "connections") && message.connections !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.connections);
                if (message.subscribers != null && $Object.hasOwnProperty.call(message, "subscribers") && message.subscribers !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.subscribers);
                if (message.requests != null && $Object.hasOwnProperty.call(message, "requests"))
                    for (var keys = $Object.keys(message.requests), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 0 =*/16).uint64(message.requests[keys[i]]).ldelim();
                if (message.ringCapacity != null && $Object.hasOwnProperty.call(message, "ringCapacity") && message.ringCapacity !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.ringCapacity);
                if (message.ringMessages != null && $Object.hasOwnProperty.call(message, "ringMessages") && (typeof message.ringMessages === "object" ? message.ringMessages.low || message.ringMessages.high : message.ringMessages !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.ringMessages);
                if (message.ringBytes != null && $Object.hasOwnProperty.call(message, "ringBytes") && (typeof message.ringBytes === "object" ? message.ringBytes.low || message.ringBytes.high : message.ringBytes !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.ringBytes);
                if (message.firstSeq != null && $Object.hasOwnProperty.call(message, "firstSeq") && (typeof message.firstSeq === "object" ? message.firstSeq.low || message.firstSeq.high : message.firstSeq !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.firstSeq);
                if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq") && (typeof message.lastSeq === "object" ? message.lastSeq.low || message.lastSeq.high : message.lastSeq !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.lastSeq);
                if (message.overflow != null && $Object.hasOwnProperty.call(message, "overflow") && message.overflow !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.overflow);
                if (message.errors != null && $Object.hasOwnProperty.call(message, "errors"))
                    for (var keys = $Object.keys(message.errors), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 11, wireType 2 =*/90).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 0 =*/16).uint64(message.errors[keys[i]]).ldelim();
                if (message.rings != null && $Object.hasOwnProperty.call(message, "rings") && message.rings !== 0)
                    writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.rings);
                if (message.totalMessages != null && $Object.hasOwnProperty.call(message, "totalMessages") && (typeof message.totalMessages === "object" ? message.totalMessages.low || message.totalMessages.high : message.totalMessages !== 0))
                    writer.uint32(/* id 13, wireType 0 =*/104).uint64(message.totalMessages);
                if (message.totalBytes != null && $Object.hasOwnProperty.call(message, "totalBytes") && (typeof message.totalBytes === "object" ? message.totalBytes.low || message.totalBytes.high : message.totalBytes !== 0))
                    writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.totalBytes);
                if (message.dataDir != null && $Object.hasOwnProperty.call(message, "dataDir") && message.dataDir !== "")
                    writer.uint32(/* id 15, wireType 2 =*/122).string(message.dataDir);
                if (message.fsync != null && $Object.hasOwnProperty.call(message, "fsync") && message.fsync !== "")
                    writer.uint32(/* id 16, wireType 2 =*/130).string(message.fsync);
                if (message.logBytes != null && $Object.hasOwnProperty.call(message, "logBytes") && (typeof message.logBytes === "object" ? message.logBytes.low || message.logBytes.high : message.logBytes !== 0))
                    writer.uint32(/* id 17, wireType 0 =*/136).uint64(message.logBytes);
                if (message.lastFsyncMs != null && $Object.hasOwnProperty.call(message, "lastFsyncMs") && (typeof message.lastFsyncMs === "object" ? message.lastFsyncMs.low || message.lastFsyncMs.high : message.lastFsyncMs !== 0))
                    writer.uint32(/* id 18, wireType 0 =*/144).uint64(message.lastFsyncMs);
                if (message.recovery != null && $Object.hasOwnProperty.call(message, "recovery") && message.recovery !== "")
                    writer.uint32(/* id 19, wireType 2 =*/154).string(message.recovery);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StatsReply message from the specified reader or buffer.
             * @function decode
             * @memberof ringwire.v1.StatsReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringwire.v1.StatsReply & ringwire.v1.StatsReply.$Shape} StatsReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StatsReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringwire.v1.StatsReply();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.uptimeMs = value;
                            else
                                delete message.uptimeMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.connections = value;
                            else
                                delete message.connections;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.subscribers = value;
                            else
                                delete message.subscribers;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (message.requests === $util.emptyObject)
                                message.requests = {};
                            var end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = $util.Long ? $util.Long.fromNumber(0, true) : 0;
                            while (reader.pos < end2) {
                                var tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 0)
                                        break;
                                    value = reader.uint64();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.requests, key);
                            message.requests[key] = value;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ringCapacity = value;
                            else
                                delete message.ringCapacity;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.ringMessages = value;
                            else
                                delete message.ringMessages;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.ringBytes = value;
                            else
                                delete message.ringBytes;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.firstSeq = value;
                            else
                                delete message.firstSeq;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastSeq = value;
                            else
                                delete message.lastSeq;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.overflow = value;
                            else
                                delete message.overflow;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if (message.errors === $util.emptyObject)
                                message.errors = {};
                            var end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = $util.Long ? $util.Long.fromNumber(0, true) : 0;
                            while (reader.pos < end2) {
                                var tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 0)
                                        break;
                                    value = reader.uint64();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.errors, key);
                            message.errors[key] = value;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.rings = value;
                            else
                                delete message.rings;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.totalMessages = value;
                            else
                                delete message.totalMessages;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.totalBytes = value;
                            else
                                delete message.totalBytes;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.dataDir = value;
                            else
                                delete message.dataDir;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.fsync = value;
                            else
                                delete message.fsync;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.logBytes = value;
                            else
                                delete message.logBytes;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastFsyncMs = value;
                            else
                                delete message.lastFsyncMs;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.recovery = value;
                            else
                                delete message.recovery;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return StatsReply;
        })();

        v1.ListRingsRequest = (function() {

            /**
             * Properties of a ListRingsRequest.
             * @typedef {Object} ringwire.v1.ListRingsRequest.$Properties
             * @property {string|null} [afterName] ListRingsRequest afterName
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListRingsRequest.
             * @memberof ringwire.v1
             * @interface IListRingsRequest
             * @augments ringwire.v1.ListRingsRequest.$Properties
             * @deprecated Use ringwire.v1.ListRingsRequest.$Properties instead.
             */

            /**
             * Shape of a ListRingsRequest.
             * @typedef {ringwire.v1.ListRingsRequest.$Properties} ringwire.v1.ListRingsRequest.$Shape
             */

            /**
             * Constructs a new ListRingsRequest.
             * @memberof ringwire.v1
             * @classdesc Represents a ListRingsRequest.
             * @constructor
             * @param {ringwire.v1.ListRingsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ListRingsRequest = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListRingsRequest afterName.
             * @member {string} afterName
             * @memberof ringwire.v1.ListRingsRequest
             * @instance
             */
            ListRingsRequest.prototype.afterName = "";

            /**
             * Creates a new ListRingsRequest instance using the specified properties.
             * @function create
             * @memberof ringwire.v1.ListRingsRequest
             * @static
             * @param {ringwire.v1.ListRingsRequest.$Properties=} [properties] Properties to set
             * @returns {ringwire.v1.ListRingsRequest} ListRingsRequest instance
             * @type {{
             *   (properties: ringwire.v1.ListRingsRequest.$Shape): ringwire.v1.ListRingsRequest & ringwire.v1.ListRingsRequest.$Shape;
             *   (properties?: ringwire.v1.ListRingsRequest.$Properties): ringwire.v1.ListRingsRequest;
             * }}
             */
            ListRingsRequest.create = function(properties) {
                return new ListRingsRequest(properties);
            };

            /**
             * Encodes the specified ListRingsRequest message. Does not implicitly {@link ringwire.v1.ListRingsRequest.verify|verify} messages.
             * @function encode
             * @memberof ringwire.v1.ListRingsRequest
             * @static
             * @param {ringwire.v1.ListRingsRequest.$Properties} message ListRingsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListRingsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.afterName != null && $Object.hasOwnProperty.call(message, "afterName") && message.afterName !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.afterName);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListRingsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ringwire.v1.ListRingsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringwire.v1.ListRingsRequest & ringwire.v1.ListRingsRequest.$Shape} ListRingsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListRingsRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringwire.v1.ListRingsRequest();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.afterName = value;
                            else
                                delete message.afterName;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ListRingsRequest;
        })();

        v1.ListRingsReply = (function() {

            /**
             * Properties of a ListRingsReply.
             * @typedef {Object} ringwire.v1.ListRingsReply.$Properties
             * @property {Array.<ringwire.v1.RingInfo.$Properties>|null} [rings] ListRingsReply rings
             * @property {boolean|null} [truncated] ListRingsReply truncated
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListRingsReply.
             * @memberof ringwire.v1
             * @interface IListRingsReply
             * @augments ringwire.v1.ListRingsReply.$Properties
             * @deprecated Use ringwire.v1.ListRingsReply.$Properties instead.
             */

            /**
             * Shape of a ListRingsReply.
             * @typedef {ringwire.v1.ListRingsReply.$Properties} ringwire.v1.ListRingsReply.$Shape
             */

            /**
             * Constructs a new ListRingsReply.
             * @memberof ringwire.v1
             * @classdesc Represents a ListRingsReply.
             * @constructor
             * @param {ringwire.v1.ListRingsReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ListRingsReply = function (properties) {
                this.rings = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListRingsReply rings.
             * @member {Array.<ringwire.v1.RingInfo.$Properties>} rings
             * @memberof ringwire.v1.ListRingsReply
             * @instance
             */
            ListRingsReply.prototype.rings = $util.emptyArray;

            /**
             * ListRingsReply truncated.
             * @member {boolean} truncated
             * @memberof ringwire.v1.ListRingsReply
             * @instance
             */
            ListRingsReply.prototype.truncated = false;

            /**
             * Creates a new ListRingsReply instance using the specified properties.
             * @function create
             * @memberof ringwire.v1.ListRingsReply
             * @static
             * @param {ringwire.v1.ListRingsReply.$Properties=} [properties] Properties to set
             * @returns {ringwire.v1.ListRingsReply} ListRingsReply instance
             * @type {{
             *   (properties: ringwire.v1.ListRingsReply.$Shape): ringwire.v1.ListRingsReply & ringwire.v1.ListRingsReply.$Shape;
             *   (properties?: ringwire.v1.ListRingsReply.$Properties): ringwire.v1.ListRingsReply;
             * }}
             */
            ListRingsReply.create = function(properties) {
                return new ListRingsReply(properties);
            };

            /**
             * Encodes the specified ListRingsReply message. Does not implicitly {@link ringwire.v1.ListRingsReply.verify|verify} messages.
             * @function encode
             * @memberof ringwire.v1.ListRingsReply
             * @static
             * @param {ringwire.v1.ListRingsReply.$Properties} message ListRingsReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListRingsReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.rings != null && message.rings.length)
                    for (var i = 0; i < message.rings.length; ++i)
                        $root.ringwire.v1.RingInfo.encode(message.rings[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.truncated != null && $Object.hasOwnProperty.call(message, "truncated") && message.truncated !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.truncated);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListRingsReply message from the specified reader or buffer.
             * @function decode
             * @memberof ringwire.v1.ListRingsReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringwire.v1.ListRingsReply & ringwire.v1.ListRingsReply.$Shape} ListRingsReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListRingsReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringwire.v1.ListRingsReply();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.rings && message.rings.length))
                                message.rings = [];
                            message.rings.push($root.ringwire.v1.RingInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.truncated = value;
                            else
                                delete message.truncated;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ListRingsReply;
        })();

        v1.RingInfo = (function() {

            /**
             * Properties of a RingInfo.
             * @typedef {Object} ringwire.v1.RingInfo.$Properties
             * @property {string|null} [name] RingInfo name
             * @property {number|null} [capacity] RingInfo capacity
             * @property {number|Long|null} [maxBytes] RingInfo maxBytes
             * @property {string|null} [overflow] RingInfo overflow
             * @property {number|Long|null} [messages] RingInfo messages
             * @property {number|Long|null} [bytes] RingInfo bytes
             * @property {number|Long|null} [firstSeq] RingInfo firstSeq
             * @property {number|Long|null} [lastSeq] RingInfo lastSeq
             * @property {number|null} [subscribers] RingInfo subscribers
             * @property {number|Long|null} [nextSeq] RingInfo nextSeq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RingInfo.
             * @memberof ringwire.v1
             * @interface IRingInfo
             * @augments ringwire.v1.RingInfo.$Properties
             * @deprecated Use ringwire.v1.RingInfo.$Properties instead.
             */

            /**
             * Shape of a RingInfo.
             * @typedef {ringwire.v1.RingInfo.$Properties} ringwire.v1.RingInfo.$Shape
             */

            /**
             * Constructs a new RingInfo.
             * @memberof ringwire.v1
             * @classdesc Represents a RingInfo.
             * @constructor
             * @param {ringwire.v1.RingInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var RingInfo = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RingInfo name.
             * @member {string} name
             * @memberof ringwire.v1.RingInfo
             * @instance
             */
            RingInfo.prototype.name = "";

            /**
             * RingInfo capacity.
             * @member {number} capacity
             * @memberof ringwire.v1.RingInfo
             * @instance
             */
            RingInfo.prototype.capacity = 0;

            /**
             * RingInfo maxBytes.
             * @member {number|Long} maxBytes
             * @memberof ringwire.v1.RingInfo
             * @instance
             */
            RingInfo.prototype.maxBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RingInfo overflow.
             * @member {string} overflow
             * @memberof ringwire.v1.RingInfo
             * @instance
             */
            RingInfo.prototype.overflow = "";

            /**
             * RingInfo messages.
             * @member {number|Long} messages
             * @memberof ringwire.v1.RingInfo
             * @instance
             */
            RingInfo.prototype.messages = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RingInfo bytes.
             * @member {number|Long} bytes
             * @memberof ringwire.v1.RingInfo
             * @instance
             */
            RingInfo.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RingInfo firstSeq.
             * @member {number|Long} firstSeq
             * @memberof ringwire.v1.RingInfo
             * @instance
             */
            RingInfo.prototype.firstSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RingInfo lastSeq.
             * @member {number|Long} lastSeq
             * @memberof ringwire.v1.RingInfo
             * @instance
             */
            RingInfo.prototype.lastSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RingInfo subscribers.
             * @member {number} subscribers
             * @memberof ringwire.v1.RingInfo
             * @instance
             */
            RingInfo.prototype.subscribers = 0;

            /**
             * RingInfo nextSeq.
             * @member {number|Long} nextSeq
             * @memberof ringwire.v1.RingInfo
             * @instance
             */
            RingInfo.prototype.nextSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new RingInfo instance using the specified properties.
             * @function create
             * @memberof ringwire.v1.RingInfo
             * @static
             * @param {ringwire.v1.RingInfo.$Properties=} [properties] Properties to set
             * @returns {ringwire.v1.RingInfo} RingInfo instance
             * @type {{
             *   (properties: ringwire.v1.RingInfo.$Shape): ringwire.v1.RingInfo & ringwire.v1.RingInfo.$Shape;
             *   (properties?: ringwire.v1.RingInfo.$Properties): ringwire.v1.RingInfo;
             * }}
             */
            RingInfo.create = function(properties) {
                return new RingInfo(properties);
            };

            /**
             * Encodes the specified RingInfo message. Does not implicitly {@link ringwire.v1.RingInfo.verify|verify} messages.
             * @function encode
             * @memberof ringwire.v1.RingInfo
             * @static
             * @param {ringwire.v1.RingInfo.$Properties} message RingInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RingInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.capacity != null && $Object.hasOwnProperty.call(message, "capacity") && message.capacity !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.capacity);
                if (message.maxBytes != null && $Object.hasOwnProperty.call(message, "maxBytes") && (typeof message.maxBytes === "object" ? message.maxBytes.low || message.maxBytes.high : message.maxBytes !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.maxBytes);
                if (message.overflow != null && $Object.hasOwnProperty.call(message, "overflow") && message.overflow !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.overflow);
                if (message.messages != null && $Object.hasOwnProperty.call(message, "messages") && (typeof message.messages === "object" ? message.messages.low || message.messages.high : message.messages !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.messages);
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && (typeof message.bytes === "object" ? message.bytes.low || message.bytes.high : message.bytes !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.bytes);
                if (message.firstSeq != null && $Object.hasOwnProperty.call(message, "firstSeq") && (typeof message.firstSeq === "object" ? message.firstSeq.low || message.firstSeq.high : message.firstSeq !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.firstSeq);
                if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq") && (typeof message.lastSeq === "object" ? message.lastSeq.low || message.lastSeq.high : message.lastSeq !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.lastSeq);
                if (message.subscribers != null && $Object.hasOwnProperty.call(message, "subscribers") && message.subscribers !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.subscribers);
                if (message.nextSeq != null && $Object.hasOwnProperty.call(message, "nextSeq") && (typeof message.nextSeq === "object" ? message.nextSeq.low || message.nextSeq.high : message.nextSeq !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.nextSeq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RingInfo message from the specified reader or buffer.
             * @function decode
             * @memberof ringwire.v1.RingInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringwire.v1.RingInfo & ringwire.v1.RingInfo.$Shape} RingInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RingInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringwire.v1.RingInfo();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.capacity = value;
                            else
                                delete message.capacity;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxBytes = value;
                            else
                                delete message.maxBytes;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.overflow = value;
                            else
                                delete message.overflow;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.messages = value;
                            else
                                delete message.messages;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytes = value;
                            else
                                delete message.bytes;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.firstSeq = value;
                            else
                                delete message.firstSeq;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastSeq = value;
                            else
                                delete message.lastSeq;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.subscribers = value;
                            else
                                delete message.subscribers;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nextSeq = value;
                            else
                                delete message.nextSeq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RingInfo;
        })();

        v1.Push = (function() {

            /**
             * Properties of a Push.
             * @typedef {Object} ringwire.v1.Push.$Properties
             * @property {number|null} [subscriptionId] Push subscriptionId
             * @property {ringwire.v1.Message.$Properties|null} [message] Push message
             * @property {ringwire.v1.Lost.$Properties|null} [lost] Push lost
             * @property {ringwire.v1.Message.$Properties|null} [updated] Push updated
             * @property {number|Long|null} [deleted] Push deleted
             * @property {"message"|"lost"|"updated"|"deleted"} [event] Push event
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Push.
             * @memberof ringwire.v1
             * @interface IPush
             * @augments ringwire.v1.Push.$Properties
             * @deprecated Use ringwire.v1.Push.$Properties instead.
             */

            /**
             * Narrowed shape of a Push.
             * @typedef {{
             *   subscriptionId?: number|null;
             *   message?: ringwire.v1.Message.$Shape|null;
             *   lost?: ringwire.v1.Lost.$Shape|null;
             *   updated?: ringwire.v1.Message.$Shape|null;
             *   deleted?: number|Long|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ event?: undefined; message?: null; lost?: null; updated?: null; deleted?: null }|{ event?: "message"; message: ringwire.v1.Message.$Shape; lost?: null; updated?: null; deleted?: null }|{ event?: "lost"; message?: null; lost: ringwire.v1.Lost.$Shape; updated?: null; deleted?: null }|{ event?: "updated"; message?: null; lost?: null; updated: ringwire.v1.Message.$Shape; deleted?: null }|{ event?: "deleted"; message?: null; lost?: null; updated?: null; deleted: number|Long })
             * )} ringwire.v1.Push.$Shape
             */

            /**
             * Constructs a new Push.
             * @memberof ringwire.v1
             * @classdesc Represents a Push.
             * @constructor
             * @param {ringwire.v1.Push.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Push = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Push subscriptionId.
             * @member {number} subscriptionId
             * @memberof ringwire.v1.Push
             * @instance
             */
            Push.prototype.subscriptionId = 0;

            /**
             * Push message.
             * @member {ringwire.v1.Message.$Properties|null|undefined} message
             * @memberof ringwire.v1.Push
             * @instance
             */
            Push.prototype.message = null;

            /**
             * Push lost.
             * @member {ringwire.v1.Lost.$Properties|null|undefined} lost
             * @memberof ringwire.v1.Push
             * @instance
             */
            Push.prototype.lost = null;

            /**
             * Push updated.
             * @member {ringwire.v1.Message.$Properties|null|undefined} updated
             * @memberof ringwire.v1.Push
             * @instance
             */
            Push.prototype.updated = null;

            /**
             * Push deleted.
             * @member {number|Long|null|undefined} deleted
             * @memberof ringwire.v1.Push
             * @instance
             */
            Push.prototype.deleted = null;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            /**
             * Push event.
             * @member {"message"|"lost"|"updated"|"deleted"|undefined} event
             * @memberof ringwire.v1.Push
             * @instance
             */
            $Object.defineProperty(Push.prototype, "event", {
                get: $util.oneOfGetter($oneOfFields = ["message", "lost", "updated", "deleted"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Push instance using the specified properties.
             * @function create
             * @memberof ringwire.v1.Push
             * @static
             * @param {ringwire.v1.Push.$Properties=} [properties] Properties to set
             * @returns {ringwire.v1.Push} Push instance
             * @type {{
             *   (properties: ringwire.v1.Push.$Shape): ringwire.v1.Push & ringwire.v1.Push.$Shape;
             *   (properties?: ringwire.v1.Push.$Properties): ringwire.v1.Push;
             * }}
             */
            Push.create = function(properties) {
                return new Push(properties);
            };

            /**
             * Encodes the specified Push message. Does not implicitly {@link ringwire.v1.Push.verify|verify} messages.
             * @function encode
             * @memberof ringwire.v1.Push
             * @static
             * @param {ringwire.v1.Push.$Properties} message Push message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Push.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    $root.ringwire.v1.Message.encode(message.message, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.lost != null && $Object.hasOwnProperty.call(message, "lost"))
                    $root.ringwire.v1.Lost.encode(message.lost, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.updated != null && $Object.hasOwnProperty.call(message, "updated"))
                    $root.ringwire.v1.Message.encode(message.updated, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.deleted != null && $Object.hasOwnProperty.call(message, "deleted"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.deleted);
                if (message.subscriptionId != null && $Object.hasOwnProperty.call(message, "subscriptionId") && message.subscriptionId !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.subscriptionId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Push message from the specified reader or buffer.
             * @function decode
             * @memberof ringwire.v1.Push
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringwire.v1.Push & ringwire.v1.Push.$Shape} Push
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Push.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringwire.v1.Push();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.subscriptionId = value;
                            else
                                delete message.subscriptionId;
                            continue;
                        }
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.message = $root.ringwire.v1.Message.decode(reader, reader.size(), $undefined, _depth + 1, message.message);
                            message.event = "message";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.lost = $root.ringwire.v1.Lost.decode(reader, reader.size(), $undefined, _depth + 1, message.lost);
                            message.event = "lost";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.updated = $root.ringwire.v1.Message.decode(reader, reader.size(), $undefined, _depth + 1, message.updated);
                            message.event = "updated";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            message.deleted = reader.uint64();
                            message.event = "deleted";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Push;
        })();

        v1.Lost = (function() {

            /**
             * Properties of a Lost.
             * @typedef {Object} ringwire.v1.Lost.$Properties
             * @property {number|Long|null} [count] Lost count
             * @property {number|Long|null} [resumeSeq] Lost resumeSeq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Lost.
             * @memberof ringwire.v1
             * @interface ILost
             * @augments ringwire.v1.Lost.$Properties
             * @deprecated Use ringwire.v1.Lost.$Properties instead.
             */

            /**
             * Shape of a Lost.
             * @typedef {ringwire.v1.Lost.$Properties} ringwire.v1.Lost.$Shape
             */

            /**
             * Constructs a new Lost.
             * @memberof ringwire.v1
             * @classdesc Represents a Lost.
             * @constructor
             * @param {ringwire.v1.Lost.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Lost = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Lost count.
             * @member {number|Long} count
             * @memberof ringwire.v1.Lost
             * @instance
             */
            Lost.prototype.count = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Lost resumeSeq.
             * @member {number|Long} resumeSeq
             * @memberof ringwire.v1.Lost
             * @instance
             */
            Lost.prototype.resumeSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Lost instance using the specified properties.
             * @function create
             * @memberof ringwire.v1.Lost
             * @static
             * @param {ringwire.v1.Lost.$Properties=} [properties] Properties to set
             * @returns {ringwire.v1.Lost} Lost instance
             * @type {{
             *   (properties: ringwire.v1.Lost.$Shape): ringwire.v1.Lost & ringwire.v1.Lost.$Shape;
             *   (properties?: ringwire.v1.Lost.$Properties): ringwire.v1.Lost;
             * }}
             */
            Lost.create = function(properties) {
                return new Lost(properties);
            };

            /**
             * Encodes the specified Lost message. Does not implicitly {@link ringwire.v1.Lost.verify|verify} messages.
             * @function encode
             * @memberof ringwire.v1.Lost
             * @static
             * @param {ringwire.v1.Lost.$Properties} message Lost message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Lost.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && (typeof message.count === "object" ? message.count.low || message.count.high : message.count !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.count);
                if (message.resumeSeq != null && $Object.hasOwnProperty.call(message, "resumeSeq") && (typeof message.resumeSeq === "object" ? message.resumeSeq.low || message.resumeSeq.high : message.resumeSeq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.resumeSeq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Lost message from the specified reader or buffer.
             * @function decode
             * @memberof ringwire.v1.Lost
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringwire.v1.Lost & ringwire.v1.Lost.$Shape} Lost
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Lost.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringwire.v1.Lost();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.count = value;
                            else
                                delete message.count;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.resumeSeq = value;
                            else
                                delete message.resumeSeq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Lost;
        })();

        /**
         * ErrorCode enum.
         * @name ringwire.v1.ErrorCode
         * @enum {number}
         * @property {number} UNSPECIFIED=0 UNSPECIFIED value
         * @property {number} PROTOCOL_VIOLATION=1 PROTOCOL_VIOLATION value
         * @property {number} UNSUPPORTED_VERSION=2 UNSUPPORTED_VERSION value
         * @property {number} HANDSHAKE_REQUIRED=3 HANDSHAKE_REQUIRED value
         * @property {number} FRAME_TOO_LARGE=4 FRAME_TOO_LARGE value
         * @property {number} INVALID_ARGUMENT=5 INVALID_ARGUMENT value
         * @property {number} INTERNAL=6 INTERNAL value
         * @property {number} SHUTTING_DOWN=7 SHUTTING_DOWN value
         * @property {number} UNSUPPORTED_REQUEST=8 UNSUPPORTED_REQUEST value
         * @property {number} NOT_FOUND=9 NOT_FOUND value
         * @property {number} RING_FULL=10 RING_FULL value
         * @property {number} SLOW_CONSUMER=11 SLOW_CONSUMER value
         * @property {number} AUTH_FAILED=12 AUTH_FAILED value
         * @property {number} BUSY=13 BUSY value
         * @property {number} IDLE_TIMEOUT=14 IDLE_TIMEOUT value
         * @property {number} RING_NOT_FOUND=15 RING_NOT_FOUND value
         * @property {number} RING_LIMIT=16 RING_LIMIT value
         * @property {number} STORE_UNAVAILABLE=17 STORE_UNAVAILABLE value
         */
        v1.ErrorCode = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNSPECIFIED"] = 0;
            values[valuesById[1] = "PROTOCOL_VIOLATION"] = 1;
            values[valuesById[2] = "UNSUPPORTED_VERSION"] = 2;
            values[valuesById[3] = "HANDSHAKE_REQUIRED"] = 3;
            values[valuesById[4] = "FRAME_TOO_LARGE"] = 4;
            values[valuesById[5] = "INVALID_ARGUMENT"] = 5;
            values[valuesById[6] = "INTERNAL"] = 6;
            values[valuesById[7] = "SHUTTING_DOWN"] = 7;
            values[valuesById[8] = "UNSUPPORTED_REQUEST"] = 8;
            values[valuesById[9] = "NOT_FOUND"] = 9;
            values[valuesById[10] = "RING_FULL"] = 10;
            values[valuesById[11] = "SLOW_CONSUMER"] = 11;
            values[valuesById[12] = "AUTH_FAILED"] = 12;
            values[valuesById[13] = "BUSY"] = 13;
            values[valuesById[14] = "IDLE_TIMEOUT"] = 14;
            values[valuesById[15] = "RING_NOT_FOUND"] = 15;
            values[valuesById[16] = "RING_LIMIT"] = 16;
            values[valuesById[17] = "STORE_UNAVAILABLE"] = 17;
            return values;
        })();

        v1.Error = (function() {

            /**
             * Properties of an Error.
             * @typedef {Object} ringwire.v1.Error.$Properties
             * @property {ringwire.v1.ErrorCode|null} [code] Error code
             * @property {string|null} [message] Error message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Error.
             * @memberof ringwire.v1
             * @interface IError
             * @augments ringwire.v1.Error.$Properties
             * @deprecated Use ringwire.v1.Error.$Properties instead.
             */

            /**
             * Shape of an Error.
             * @typedef {ringwire.v1.Error.$Properties} ringwire.v1.Error.$Shape
             */

            /**
             * Constructs a new Error.
             * @memberof ringwire.v1
             * @classdesc Represents an Error.
             * @constructor
             * @param {ringwire.v1.Error.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Error = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Error code.
             * @member {ringwire.v1.ErrorCode} code
             * @memberof ringwire.v1.Error
             * @instance
             */
            Error.prototype.code = 0;

            /**
             * Error message.
             * @member {string} message
             * @memberof ringwire.v1.Error
             * @instance
             */
            Error.prototype.message = "";

            /**
             * Creates a new Error instance using the specified properties.
             * @function create
             * @memberof ringwire.v1.Error
             * @static
             * @param {ringwire.v1.Error.$Properties=} [properties] Properties to set
             * @returns {ringwire.v1.Error} Error instance
             * @type {{
             *   (properties: ringwire.v1.Error.$Shape): ringwire.v1.Error & ringwire.v1.Error.$Shape;
             *   (properties?: ringwire.v1.Error.$Properties): ringwire.v1.Error;
             * }}
             */
            Error.create = function(properties) {
                return new Error(properties);
            };

            /**
             * Encodes the specified Error message. Does not implicitly {@link ringwire.v1.Error.verify|verify} messages.
             * @function encode
             * @memberof ringwire.v1.Error
             * @static
             * @param {ringwire.v1.Error.$Properties} message Error message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @function decode
             * @memberof ringwire.v1.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringwire.v1.Error & ringwire.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringwire.v1.Error();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Error;
        })();

        return v1;
    })();

    return ringwire;
})();

module.exports = $root;
