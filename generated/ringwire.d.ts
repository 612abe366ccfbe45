import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace ringwire. */
export namespace ringwire {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a ClientFrame.
         * @deprecated Use ringwire.v1.ClientFrame.$Properties instead.
         */
        interface IClientFrame extends ringwire.v1.ClientFrame.$Properties {
        }

        /** Represents a ClientFrame. */
        class ClientFrame {

            /**
             * Constructs a new ClientFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringwire.v1.ClientFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ClientFrame id. */
            id: number;

            /** ClientFrame hello. */
            hello?: (ringwire.v1.Hello.$Properties|null);

            /** ClientFrame set. */
            set?: (ringwire.v1.SetRequest.$Properties|null);

            /** ClientFrame get. */
            get?: (ringwire.v1.GetRequest.$Properties|null);

            /** ClientFrame body. */
            body?: ("hello"|"set"|"get");

            /**
             * Creates a new ClientFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClientFrame instance
             */
            static create(properties: ringwire.v1.ClientFrame.$Shape): ringwire.v1.ClientFrame & ringwire.v1.ClientFrame.$Shape;
            static create(properties?: ringwire.v1.ClientFrame.$Properties): ringwire.v1.ClientFrame;

            /**
             * Encodes the specified ClientFrame message. Does not implicitly {@link ringwire.v1.ClientFrame.verify|verify} messages.
             * @param message ClientFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringwire.v1.ClientFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClientFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringwire.v1.ClientFrame & ringwire.v1.ClientFrame.$Shape} ClientFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringwire.v1.ClientFrame & ringwire.v1.ClientFrame.$Shape;
        }

        namespace ClientFrame {

            /** Properties of a ClientFrame. */
            interface $Properties {

                /** ClientFrame id */
                id?: (number|null);

                /** ClientFrame hello */
                hello?: (ringwire.v1.Hello.$Properties|null);

                /** ClientFrame set */
                set?: (ringwire.v1.SetRequest.$Properties|null);

                /** ClientFrame get */
                get?: (ringwire.v1.GetRequest.$Properties|null);

                /** ClientFrame body */
                body?: ("hello"|"set"|"get");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a ClientFrame. */
            type $Shape = {
              id?: number|null;
              hello?: ringwire.v1.Hello.$Shape|null;
              set?: ringwire.v1.SetRequest.$Shape|null;
              get?: ringwire.v1.GetRequest.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; hello?: null; set?: null; get?: null }|{ body?: "hello"; hello: ringwire.v1.Hello.$Shape; set?: null; get?: null }|{ body?: "set"; hello?: null; set: ringwire.v1.SetRequest.$Shape; get?: null }|{ body?: "get"; hello?: null; set?: null; get: ringwire.v1.GetRequest.$Shape })
            );
        }

        /**
         * Properties of a ServerFrame.
         * @deprecated Use ringwire.v1.ServerFrame.$Properties instead.
         */
        interface IServerFrame extends ringwire.v1.ServerFrame.$Properties {
        }

        /** Represents a ServerFrame. */
        class ServerFrame {

            /**
             * Constructs a new ServerFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringwire.v1.ServerFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ServerFrame id. */
            id: number;

            /** ServerFrame welcome. */
            welcome?: (ringwire.v1.Welcome.$Properties|null);

            /** ServerFrame set. */
            set?: (ringwire.v1.SetReply.$Properties|null);

            /** ServerFrame get. */
            get?: (ringwire.v1.GetReply.$Properties|null);

            /** ServerFrame error. */
            error?: (ringwire.v1.Error.$Properties|null);

            /** ServerFrame body. */
            body?: ("welcome"|"set"|"get"|"error");

            /**
             * Creates a new ServerFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ServerFrame instance
             */
            static create(properties: ringwire.v1.ServerFrame.$Shape): ringwire.v1.ServerFrame & ringwire.v1.ServerFrame.$Shape;
            static create(properties?: ringwire.v1.ServerFrame.$Properties): ringwire.v1.ServerFrame;

            /**
             * Encodes the specified ServerFrame message. Does not implicitly {@link ringwire.v1.ServerFrame.verify|verify} messages.
             * @param message ServerFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringwire.v1.ServerFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ServerFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringwire.v1.ServerFrame & ringwire.v1.ServerFrame.$Shape} ServerFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringwire.v1.ServerFrame & ringwire.v1.ServerFrame.$Shape;
        }

        namespace ServerFrame {

            /** Properties of a ServerFrame. */
            interface $Properties {

                /** ServerFrame id */
                id?: (number|null);

                /** ServerFrame welcome */
                welcome?: (ringwire.v1.Welcome.$Properties|null);

                /** ServerFrame set */
                set?: (ringwire.v1.SetReply.$Properties|null);

                /** ServerFrame get */
                get?: (ringwire.v1.GetReply.$Properties|null);

                /** ServerFrame error */
                error?: (ringwire.v1.Error.$Properties|null);

                /** ServerFrame body */
                body?: ("welcome"|"set"|"get"|"error");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a ServerFrame. */
            type $Shape = {
              id?: number|null;
              welcome?: ringwire.v1.Welcome.$Shape|null;
              set?: ringwire.v1.SetReply.$Shape|null;
              get?: ringwire.v1.GetReply.$Shape|null;
              error?: ringwire.v1.Error.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; welcome?: null; set?: null; get?: null; error?: null }|{ body?: "welcome"; welcome: ringwire.v1.Welcome.$Shape; set?: null; get?: null; error?: null }|{ body?: "set"; welcome?: null; set: ringwire.v1.SetReply.$Shape; get?: null; error?: null }|{ body?: "get"; welcome?: null; set?: null; get: ringwire.v1.GetReply.$Shape; error?: null }|{ body?: "error"; welcome?: null; set?: null; get?: null; error: ringwire.v1.Error.$Shape })
            );
        }

        /**
         * Properties of a Hello.
         * @deprecated Use ringwire.v1.Hello.$Properties instead.
         */
        interface IHello extends ringwire.v1.Hello.$Properties {
        }

        /** Represents a Hello. */
        class Hello {

            /**
             * Constructs a new Hello.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringwire.v1.Hello.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Hello minVersion. */
            minVersion: number;

            /** Hello maxVersion. */
            maxVersion: number;

            /** Hello clientName. */
            clientName: string;

            /**
             * Creates a new Hello instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Hello instance
             */
            static create(properties: ringwire.v1.Hello.$Shape): ringwire.v1.Hello & ringwire.v1.Hello.$Shape;
            static create(properties?: ringwire.v1.Hello.$Properties): ringwire.v1.Hello;

            /**
             * Encodes the specified Hello message. Does not implicitly {@link ringwire.v1.Hello.verify|verify} messages.
             * @param message Hello message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringwire.v1.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringwire.v1.Hello & ringwire.v1.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringwire.v1.Hello & ringwire.v1.Hello.$Shape;
        }

        namespace Hello {

            /** Properties of a Hello. */
            interface $Properties {

                /** Hello minVersion */
                minVersion?: (number|null);

                /** Hello maxVersion */
                maxVersion?: (number|null);

                /** Hello clientName */
                clientName?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Hello. */
            type $Shape = ringwire.v1.Hello.$Properties;
        }

        /**
         * Properties of a Welcome.
         * @deprecated Use ringwire.v1.Welcome.$Properties instead.
         */
        interface IWelcome extends ringwire.v1.Welcome.$Properties {
        }

        /** Represents a Welcome. */
        class Welcome {

            /**
             * Constructs a new Welcome.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringwire.v1.Welcome.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Welcome version. */
            version: number;

            /** Welcome serverName. */
            serverName: string;

            /** Welcome serverVersion. */
            serverVersion: string;

            /** Welcome sessionId. */
            sessionId: string;

            /** Welcome maxFrameBytes. */
            maxFrameBytes: number;

            /** Welcome maxPayloadBytes. */
            maxPayloadBytes: number;

            /** Welcome ringCapacity. */
            ringCapacity: number;

            /** Welcome nextSeq. */
            nextSeq: (number|Long);

            /**
             * Creates a new Welcome instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Welcome instance
             */
            static create(properties: ringwire.v1.Welcome.$Shape): ringwire.v1.Welcome & ringwire.v1.Welcome.$Shape;
            static create(properties?: ringwire.v1.Welcome.$Properties): ringwire.v1.Welcome;

            /**
             * Encodes the specified Welcome message. Does not implicitly {@link ringwire.v1.Welcome.verify|verify} messages.
             * @param message Welcome message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringwire.v1.Welcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Welcome message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringwire.v1.Welcome & ringwire.v1.Welcome.$Shape} Welcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringwire.v1.Welcome & ringwire.v1.Welcome.$Shape;
        }

        namespace Welcome {

            /** Properties of a Welcome. */
            interface $Properties {

                /** Welcome version */
                version?: (number|null);

                /** Welcome serverName */
                serverName?: (string|null);

                /** Welcome serverVersion */
                serverVersion?: (string|null);

                /** Welcome sessionId */
                sessionId?: (string|null);

                /** Welcome maxFrameBytes */
                maxFrameBytes?: (number|null);

                /** Welcome maxPayloadBytes */
                maxPayloadBytes?: (number|null);

                /** Welcome ringCapacity */
                ringCapacity?: (number|null);

                /** Welcome nextSeq */
                nextSeq?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Welcome. */
            type $Shape = ringwire.v1.Welcome.$Properties;
        }

        /**
         * Properties of a SetRequest.
         * @deprecated Use ringwire.v1.SetRequest.$Properties instead.
         */
        interface ISetRequest extends ringwire.v1.SetRequest.$Properties {
        }

        /** Represents a SetRequest. */
        class SetRequest {

            /**
             * Constructs a new SetRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringwire.v1.SetRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SetRequest payload. */
            payload: Uint8Array;

            /**
             * Creates a new SetRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SetRequest instance
             */
            static create(properties: ringwire.v1.SetRequest.$Shape): ringwire.v1.SetRequest & ringwire.v1.SetRequest.$Shape;
            static create(properties?: ringwire.v1.SetRequest.$Properties): ringwire.v1.SetRequest;

            /**
             * Encodes the specified SetRequest message. Does not implicitly {@link ringwire.v1.SetRequest.verify|verify} messages.
             * @param message SetRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringwire.v1.SetRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SetRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringwire.v1.SetRequest & ringwire.v1.SetRequest.$Shape} SetRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringwire.v1.SetRequest & ringwire.v1.SetRequest.$Shape;
        }

        namespace SetRequest {

            /** Properties of a SetRequest. */
            interface $Properties {

                /** SetRequest payload */
                payload?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SetRequest. */
            type $Shape = ringwire.v1.SetRequest.$Properties;
        }

        /**
         * Properties of a SetReply.
         * @deprecated Use ringwire.v1.SetReply.$Properties instead.
         */
        interface ISetReply extends ringwire.v1.SetReply.$Properties {
        }

        /** Represents a SetReply. */
        class SetReply {

            /**
             * Constructs a new SetReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringwire.v1.SetReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SetReply seq. */
            seq: (number|Long);

            /** SetReply timestampMs. */
            timestampMs: (number|Long);

            /**
             * Creates a new SetReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SetReply instance
             */
            static create(properties: ringwire.v1.SetReply.$Shape): ringwire.v1.SetReply & ringwire.v1.SetReply.$Shape;
            static create(properties?: ringwire.v1.SetReply.$Properties): ringwire.v1.SetReply;

            /**
             * Encodes the specified SetReply message. Does not implicitly {@link ringwire.v1.SetReply.verify|verify} messages.
             * @param message SetReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringwire.v1.SetReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SetReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringwire.v1.SetReply & ringwire.v1.SetReply.$Shape} SetReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringwire.v1.SetReply & ringwire.v1.SetReply.$Shape;
        }

        namespace SetReply {

            /** Properties of a SetReply. */
            interface $Properties {

                /** SetReply seq */
                seq?: (number|Long|null);

                /** SetReply timestampMs */
                timestampMs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SetReply. */
            type $Shape = ringwire.v1.SetReply.$Properties;
        }

        /**
         * Properties of a GetRequest.
         * @deprecated Use ringwire.v1.GetRequest.$Properties instead.
         */
        interface IGetRequest extends ringwire.v1.GetRequest.$Properties {
        }

        /** Represents a GetRequest. */
        class GetRequest {

            /**
             * Constructs a new GetRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringwire.v1.GetRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetRequest count. */
            count: number;

            /** GetRequest afterSeq. */
            afterSeq?: (number|Long|null);

            /**
             * Creates a new GetRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetRequest instance
             */
            static create(properties: ringwire.v1.GetRequest.$Shape): ringwire.v1.GetRequest & ringwire.v1.GetRequest.$Shape;
            static create(properties?: ringwire.v1.GetRequest.$Properties): ringwire.v1.GetRequest;

            /**
             * Encodes the specified GetRequest message. Does not implicitly {@link ringwire.v1.GetRequest.verify|verify} messages.
             * @param message GetRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringwire.v1.GetRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringwire.v1.GetRequest & ringwire.v1.GetRequest.$Shape} GetRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringwire.v1.GetRequest & ringwire.v1.GetRequest.$Shape;
        }

        namespace GetRequest {

            /** Properties of a GetRequest. */
            interface $Properties {

                /** GetRequest count */
                count?: (number|null);

                /** GetRequest afterSeq */
                afterSeq?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetRequest. */
            type $Shape = ringwire.v1.GetRequest.$Properties;
        }

        /**
         * Properties of a GetReply.
         * @deprecated Use ringwire.v1.GetReply.$Properties instead.
         */
        interface IGetReply extends ringwire.v1.GetReply.$Properties {
        }

        /** Represents a GetReply. */
        class GetReply {

            /**
             * Constructs a new GetReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringwire.v1.GetReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetReply messages. */
            messages: ringwire.v1.Message.$Properties[];

            /** GetReply lost. */
            lost: (number|Long);

            /** GetReply oldestSeq. */
            oldestSeq: (number|Long);

            /** GetReply nextSeq. */
            nextSeq: (number|Long);

            /** GetReply truncated. */
            truncated: boolean;

            /**
             * Creates a new GetReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetReply instance
             */
            static create(properties: ringwire.v1.GetReply.$Shape): ringwire.v1.GetReply & ringwire.v1.GetReply.$Shape;
            static create(properties?: ringwire.v1.GetReply.$Properties): ringwire.v1.GetReply;

            /**
             * Encodes the specified GetReply message. Does not implicitly {@link ringwire.v1.GetReply.verify|verify} messages.
             * @param message GetReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringwire.v1.GetReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringwire.v1.GetReply & ringwire.v1.GetReply.$Shape} GetReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringwire.v1.GetReply & ringwire.v1.GetReply.$Shape;
        }

        namespace GetReply {

            /** Properties of a GetReply. */
            interface $Properties {

                /** GetReply messages */
                messages?: (ringwire.v1.Message.$Properties[]|null);

                /** GetReply lost */
                lost?: (number|Long|null);

                /** GetReply oldestSeq */
                oldestSeq?: (number|Long|null);

                /** GetReply nextSeq */
                nextSeq?: (number|Long|null);

                /** GetReply truncated */
                truncated?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetReply. */
            type $Shape = ringwire.v1.GetReply.$Properties;
        }

        /**
         * Properties of a Message.
         * @deprecated Use ringwire.v1.Message.$Properties instead.
         */
        interface IMessage extends ringwire.v1.Message.$Properties {
        }

        /** Represents a Message. */
        class Message {

            /**
             * Constructs a new Message.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringwire.v1.Message.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Message seq. */
            seq: (number|Long);

            /** Message timestampMs. */
            timestampMs: (number|Long);

            /** Message sender. */
            sender: string;

            /** Message payload. */
            payload: Uint8Array;

            /**
             * Creates a new Message instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Message instance
             */
            static create(properties: ringwire.v1.Message.$Shape): ringwire.v1.Message & ringwire.v1.Message.$Shape;
            static create(properties?: ringwire.v1.Message.$Properties): ringwire.v1.Message;

            /**
             * Encodes the specified Message message. Does not implicitly {@link ringwire.v1.Message.verify|verify} messages.
             * @param message Message message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringwire.v1.Message.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Message message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringwire.v1.Message & ringwire.v1.Message.$Shape} Message
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringwire.v1.Message & ringwire.v1.Message.$Shape;
        }

        namespace Message {

            /** Properties of a Message. */
            interface $Properties {

                /** Message seq */
                seq?: (number|Long|null);

                /** Message timestampMs */
                timestampMs?: (number|Long|null);

                /** Message sender */
                sender?: (string|null);

                /** Message payload */
                payload?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Message. */
            type $Shape = ringwire.v1.Message.$Properties;
        }

        /** ErrorCode enum. */
        enum ErrorCode {

            /** UNSPECIFIED value */
            UNSPECIFIED = 0,

            /** PROTOCOL_VIOLATION value */
            PROTOCOL_VIOLATION = 1,

            /** UNSUPPORTED_VERSION value */
            UNSUPPORTED_VERSION = 2,

            /** HANDSHAKE_REQUIRED value */
            HANDSHAKE_REQUIRED = 3,

            /** FRAME_TOO_LARGE value */
            FRAME_TOO_LARGE = 4,

            /** INVALID_ARGUMENT value */
            INVALID_ARGUMENT = 5,

            /** INTERNAL value */
            INTERNAL = 6,

            /** SHUTTING_DOWN value */
            SHUTTING_DOWN = 7,

            /** UNSUPPORTED_REQUEST value */
            UNSUPPORTED_REQUEST = 8
        }

        /**
         * Properties of an Error.
         * @deprecated Use ringwire.v1.Error.$Properties instead.
         */
        interface IError extends ringwire.v1.Error.$Properties {
        }

        /** Represents an Error. */
        class Error {

            /**
             * Constructs a new Error.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringwire.v1.Error.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Error code. */
            code: ringwire.v1.ErrorCode;

            /** Error message. */
            message: string;

            /**
             * Creates a new Error instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Error instance
             */
            static create(properties: ringwire.v1.Error.$Shape): ringwire.v1.Error & ringwire.v1.Error.$Shape;
            static create(properties?: ringwire.v1.Error.$Properties): ringwire.v1.Error;

            /**
             * Encodes the specified Error message. Does not implicitly {@link ringwire.v1.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringwire.v1.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringwire.v1.Error & ringwire.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringwire.v1.Error & ringwire.v1.Error.$Shape;
        }

        namespace Error {

            /** Properties of an Error. */
            interface $Properties {

                /** Error code */
                code?: (ringwire.v1.ErrorCode|null);

                /** Error message */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Error. */
            type $Shape = ringwire.v1.Error.$Properties;
        }
    }
}
