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
             * @property {"hello"|"set"|"get"} [body] ClientFrame body
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
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; hello?: null; set?: null; get?: null }|{ body?: "hello"; hello: ringwire.v1.Hello.$Shape; set?: null; get?: null }|{ body?: "set"; hello?: null; set: ringwire.v1.SetRequest.$Shape; get?: null }|{ body?: "get"; hello?: null; set?: null; get: ringwire.v1.GetRequest.$Shape })
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

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            /**
             * ClientFrame body.
             * @member {"hello"|"set"|"get"|undefined} body
             * @memberof ringwire.v1.ClientFrame
             * @instance
             */
            $Object.defineProperty(ClientFrame.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["hello", "set", "get"]),
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
             * @property {"welcome"|"set"|"get"|"error"} [body] ServerFrame body
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
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; welcome?: null; set?: null; get?: null; error?: null }|{ body?: "welcome"; welcome: ringwire.v1.Welcome.$Shape; set?: null; get?: null; error?: null }|{ body?: "set"; welcome?: null; set: ringwire.v1.SetReply.$Shape; get?: null; error?: null }|{ body?: "get"; welcome?: null; set?: null; get: ringwire.v1.GetReply.$Shape; error?: null }|{ body?: "error"; welcome?: null; set?: null; get?: null; error: ringwire.v1.Error.$Shape })
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

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            /**
             * ServerFrame body.
             * @member {"welcome"|"set"|"get"|"error"|undefined} body
             * @memberof ringwire.v1.ServerFrame
             * @instance
             */
            $Object.defineProperty(ServerFrame.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["welcome", "set", "get", "error"]),
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
