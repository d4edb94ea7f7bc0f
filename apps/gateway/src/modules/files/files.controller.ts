import {
  Controller,
  Get,
  Header,
  Param,
  Post,
  Query,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentUser, Permission, type Principal, Public, RequirePermission } from '@layanan/auth/server';
import { ApiJson } from '../../common/http/api-response';
import { PhotoUploadInterceptor } from './photo-upload.interceptor';
import { PhotosService } from './photos.service';
import { SubmissionThrottle } from '../../common/http/throttles';

const storedPhotoSchema = z.object({
  id: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  gps: z.object({ lat: z.number(), lng: z.number() }).nullable(),
});
const photoQuerySchema = z.strictObject({
  exp: z.coerce.number().int().optional(),
  sig: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});

@ApiTags('files')
@Controller('api/files/photos')
export class FilesController {
  constructor(private readonly photos: PhotosService) {}

  @Post()
  @RequirePermission(Permission.AccountSelf)
  @SubmissionThrottle()
  @UseInterceptors(PhotoUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      properties: { photo: { type: 'string', format: 'binary' } },
      required: ['photo'],
    },
  })
  @ApiJson(storedPhotoSchema, 201)
  @ApiOperation({
    summary: 'Upload one photo (JPEG, PNG or WEBP, ≤ 10 MB); it is re-encoded and its EXIF removed',
  })
  upload(@CurrentUser() user: Principal, @UploadedFile() file: Express.Multer.File | undefined) {
    return this.photos.store(user.userId, file);
  }

  @Get(':id')
  @Public()
  @Header('Content-Type', 'image/jpeg')
  @Header('Cache-Control', 'private, max-age=3600')
  @ApiOperation({ summary: 'A stored photo: public photos to anyone, others with a signed URL' })
  async get(
    @Param('id', { schema: z.string().uuid() }) id: string,
    @Query({ schema: photoQuerySchema }) query: z.infer<typeof photoQuerySchema>,
  ) {
    return new StreamableFile(await this.photos.read(id, query.exp, query.sig));
  }
}
